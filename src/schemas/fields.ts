import type * as z from 'zod';

/** A step of a field path: a key, or `*` for every item of a list. */
export type Step = string;

/** A field of a schema: where it is, its schema, and whether a record may leave it out. */
export interface SchemaField {
  readonly path: readonly Step[];
  readonly schema: z.ZodType;
  readonly optional: boolean;
  /** The metadata of the field's schema and of the schemas it wraps (`ref()` marks, descriptions), outermost first. */
  readonly meta: Readonly<Record<string, unknown>>;
}

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every field of a schema, as its records are given (the input side of codecs), in shape order:
 * the keys of objects, `*` for the items of lists, the fields of every form of a union. The one
 * walk over schemas: references (`ref()` marks) and derived fields (the difference between a
 * collection's authored and published schemas) are both read from it.
 */
export function schemaFields(schema: z.ZodType): Map<string, SchemaField> {
  const found = new Map<string, SchemaField>();
  const walk = (node: z.ZodType, path: Step[]) => {
    const def = defOf(node);
    // The outermost schema of a field says whether it may be left out (optional, or defaulted).
    const optional = def.type === 'optional' || def.type === 'default';
    const key = path.join('.');
    const meta = (node.meta() ?? {}) as Record<string, unknown>;
    const field = found.get(key);
    if (field) Object.assign(field.meta, { ...meta, ...field.meta });
    else if (path.length > 0) found.set(key, { path, schema: node, optional, meta: { ...meta } });
    if (def.shape)
      for (const [key, field] of Object.entries(def.shape)) walk(field, [...path, key]);
    if (def.element) walk(def.element, [...path, '*']);
    if (def.innerType) walk(def.innerType, path);
    if (def.in) walk(def.in, path);
    for (const option of def.options ?? []) walk(option, path);
  };
  walk(schema, []);
  return found;
}

/** A field the build derives: in the published schema of a collection, and not (or only optionally) in its authored one. */
export interface DerivedField {
  readonly path: readonly Step[];
  /** `added`: authors never write it; `completed`: authors write it only where the build cannot derive it. */
  readonly kind: 'added' | 'completed';
  /** What the build derives it from: the published field's description. */
  readonly rule: string;
}

/**
 * The fields a published schema adds to its authored one (the difference of the two): fields
 * authors may not write, and fields that are optional to authors and always present when
 * published (a claim's `asOf`, which the build takes from the claim's meeting).
 */
export function derivedFields(authored: z.ZodType, published: z.ZodType): DerivedField[] {
  const given = schemaFields(authored);
  const derived: DerivedField[] = [];
  for (const [key, field] of schemaFields(published)) {
    const before = given.get(key);
    // A field once: not the fields inside a field that is derived as a whole.
    const inside = (outer: DerivedField) => outer.path.every((step, at) => field.path[at] === step);
    if (derived.some(inside)) continue;
    const rule = String(field.meta.description ?? '');
    if (before === undefined) derived.push({ path: field.path, kind: 'added', rule });
    else if (before.optional && !field.optional)
      derived.push({ path: field.path, kind: 'completed', rule });
  }
  return derived;
}
