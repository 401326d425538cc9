import type * as z from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../core/collections.js';
import { pathsMatching, valueAt } from '../core/problem.js';
import { COLLECTIONS } from '../schemas/collections.js';
import { REFERENCES_KEY } from '../schemas/ref.js';
import { DERIVED_FIELDS } from './derive.js';

/** A step of a reference path: a key, or `*` for every item of a list. */
type Step = string | '*';

/**
 * A field that holds the id of another record: where it is in a record, and which collection the
 * id belongs to (`$collection`: the collection the sibling field `collection` names).
 */
export interface ReferenceField {
  readonly path: readonly Step[];
  readonly target: CollectionName | '$collection';
}

interface Def {
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

/** Every reference field of a schema, found from the `ref()` marks on its fields (input side). */
function referenceFields(
  schema: z.ZodType,
  path: Step[] = [],
  found = new Map<string, ReferenceField>(),
): Map<string, ReferenceField> {
  const target = (schema.meta() as Record<string, unknown> | undefined)?.[REFERENCES_KEY];
  if (typeof target === 'string') {
    found.set(path.join('.'), { path, target: target as ReferenceField['target'] });
    return found;
  }
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.shape)
    for (const [key, field] of Object.entries(def.shape))
      referenceFields(field, [...path, key], found);
  if (def.element) referenceFields(def.element, [...path, '*'], found);
  if (def.innerType) referenceFields(def.innerType, path, found);
  if (def.in) referenceFields(def.in, path, found);
  for (const option of def.options ?? []) referenceFields(option, path, found);
  return found;
}

const isDerived = (collection: CollectionName, path: readonly Step[]) =>
  DERIVED_FIELDS.some(
    (field) =>
      field.collection === collection && field.path.every((step, index) => path[index] === step),
  );

/**
 * The reference fields of every collection, read from the schemas once: the only list of
 * references there is. Derived fields (back-references the build computes) are left out: they
 * are recomputed, never checked.
 */
export const REFERENCE_FIELDS: { readonly [C in CollectionName]: readonly ReferenceField[] } =
  /* @__PURE__ */ Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      [...referenceFields(COLLECTIONS[name].schema).values()].filter(
        (field) => !isDerived(name, field.path),
      ),
    ]),
  ) as never;

/**
 * Calls `visit` with every id a (possibly invalid) record refers to: its path, the id and the
 * collection it should name. Values that are not strings are skipped (the schema reports them).
 */
export function forEachReference(
  collection: CollectionName,
  record: unknown,
  visit: (path: (string | number)[], id: string, target: CollectionName) => void,
): void {
  for (const field of REFERENCE_FIELDS[collection])
    for (const path of pathsMatching(record, field.path)) {
      const id = valueAt(record, path);
      const target =
        field.target === '$collection'
          ? valueAt(record, [...path.slice(0, -1), 'collection'])
          : field.target;
      if (typeof id === 'string' && (COLLECTION_NAMES as readonly unknown[]).includes(target))
        visit(path, id, target as CollectionName);
    }
}
