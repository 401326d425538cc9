import type { JsonSchema } from '../../src/export/tables.js';

/** What a field of a JSON Schema allows, reduced to what the versioning policy compares. */
interface FieldShape {
  readonly types: readonly string[];
  readonly enumValues: readonly string[] | null;
  readonly required: boolean;
  readonly constraints: Readonly<Record<string, string>>;
  readonly description: string;
}

const CONSTRAINTS = [
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'const',
  'additionalProperties',
];

/** Every field of a schema by dotted path ("quantity.lower", "evidence[].quote"), with what it allows. */
export function schemaFields(
  schema: JsonSchema,
  prefix = '',
  required = true,
  into = new Map<string, FieldShape>(),
): Map<string, FieldShape> {
  const alternatives = (schema.anyOf as JsonSchema[] | undefined) ?? [schema];
  const types = new Set<string>();
  let enumValues: string[] | null = null;
  const constraints: Record<string, string> = {};
  for (const alternative of alternatives) {
    if (alternative.type !== undefined) types.add(String(alternative.type));
    if (Array.isArray(alternative.enum))
      enumValues = [...(enumValues ?? []), ...alternative.enum.map(String)];
    for (const key of CONSTRAINTS)
      if (alternative[key] !== undefined && typeof alternative[key] !== 'object')
        constraints[key] = JSON.stringify(alternative[key]);
    if (alternative.type === 'object' && alternative.properties) {
      const requiredKeys = new Set((alternative.required as string[] | undefined) ?? []);
      for (const [key, child] of Object.entries(
        alternative.properties as Record<string, JsonSchema>,
      ))
        schemaFields(child, prefix ? `${prefix}.${key}` : key, requiredKeys.has(key), into);
    }
    if (alternative.type === 'array' && alternative.items)
      schemaFields(alternative.items as JsonSchema, `${prefix}[]`, true, into);
  }
  if (prefix)
    into.set(prefix, {
      types: [...types].sort(),
      enumValues: enumValues && [...enumValues].sort(),
      required,
      constraints,
      description: String(schema.description ?? alternatives[0]?.description ?? ''),
    });
  return into;
}

/** A difference between two versions of an entity's schema, with the bump the policy asks for. */
export interface SchemaChange {
  readonly bump: 'major' | 'minor' | 'patch';
  readonly field: string;
  readonly detail: string;
}

const within = (path: string, parents: readonly string[]) =>
  parents.some((parent) => path.startsWith(`${parent}.`) || path.startsWith(`${parent}[]`));

/**
 * How an entity's schema changed: a removed field, a new required field, or a narrowed field
 * (fewer types or values, a new or changed constraint, newly required) is major; a new optional
 * field or a widened one is minor; a changed description is a patch. Whether a field is required
 * is read from the input schema when given (`afterInput`): a field with a default is always
 * present in published records, but a record that leaves it out is still valid, so adding one is
 * not a breaking change.
 */
export function diffSchemas(
  before: JsonSchema,
  after: JsonSchema,
  afterInput?: JsonSchema,
): SchemaChange[] {
  const old = schemaFields(before);
  const current = schemaFields(after);
  const requiredNow = afterInput ? schemaFields(afterInput) : current;
  const changes: SchemaChange[] = [];
  const removed = [...old.keys()].filter((path) => !current.has(path));
  for (const path of removed)
    if (!within(path, removed))
      changes.push({ bump: 'major', field: path, detail: 'removed (or renamed)' });
  const added = [...current.keys()].filter((path) => !old.has(path));
  for (const path of added) {
    if (within(path, added)) continue;
    changes.push(
      (requiredNow.get(path) ?? (current.get(path) as FieldShape)).required
        ? { bump: 'major', field: path, detail: 'new required field' }
        : { bump: 'minor', field: path, detail: 'new optional field' },
    );
  }
  for (const [path, was] of old) {
    const now = current.get(path);
    if (!now) continue;
    const narrowed: string[] = [];
    const widened: string[] = [];
    const lostTypes = was.types.filter((type) => !now.types.includes(type));
    const newTypes = now.types.filter((type) => !was.types.includes(type));
    if (lostTypes.length) narrowed.push(`no longer ${lostTypes.join(' or ')}`);
    if (newTypes.length) widened.push(`may now be ${newTypes.join(' or ')}`);
    if (was.enumValues && now.enumValues) {
      const lost = was.enumValues.filter((value) => !now.enumValues?.includes(value));
      const gained = now.enumValues.filter((value) => !was.enumValues?.includes(value));
      if (lost.length) narrowed.push(`no longer allows ${lost.join(', ')}`);
      if (gained.length) widened.push(`now allows ${gained.join(', ')}`);
    } else if (!was.enumValues && now.enumValues)
      narrowed.push(`now limited to ${now.enumValues.join(', ')}`);
    else if (was.enumValues && !now.enumValues)
      widened.push('no longer limited to a list of values');
    if (!was.required && (requiredNow.get(path) ?? now).required) narrowed.push('now required');
    if (was.required && !now.required) widened.push('now optional');
    for (const key of new Set([...Object.keys(was.constraints), ...Object.keys(now.constraints)])) {
      if (was.constraints[key] === now.constraints[key]) continue;
      if (now.constraints[key] === undefined) widened.push(`drops ${key}`);
      else
        narrowed.push(
          `${key} ${was.constraints[key] === undefined ? 'added' : 'changed'}: ${now.constraints[key]}`,
        );
    }
    if (narrowed.length)
      changes.push({
        bump: 'major',
        field: path,
        detail: `narrowed: ${[...narrowed, ...widened].join('; ')}`,
      });
    else if (widened.length)
      changes.push({ bump: 'minor', field: path, detail: `widened: ${widened.join('; ')}` });
    else if (was.description !== now.description)
      changes.push({ bump: 'patch', field: path, detail: 'description changed' });
  }
  return changes;
}
