import { COLLECTION_NAMES, type CollectionName } from '../core/collections.js';
import { pathsMatching, valueAt } from '../core/problem.js';
import { COLLECTIONS } from '../schemas/collections.js';
import { schemaFields, type Step } from '../schemas/fields.js';
import { REFERENCES_KEY } from '../schemas/ref.js';

/**
 * A field that holds the id of another record: where it is in a record, and which collection the
 * id belongs to (`$collection`: the collection the sibling field `collection` names).
 */
export interface ReferenceField {
  readonly path: readonly Step[];
  readonly target: CollectionName | '$collection';
}

/**
 * The reference fields of every collection, read once from the `ref()` marks of the authored
 * schemas: the only list of references there is. The back-references the build derives
 * (meetings' `metrics`, sources' `reports`) are not authored, so they are recomputed, never
 * checked.
 */
export const REFERENCE_FIELDS: { readonly [C in CollectionName]: readonly ReferenceField[] } =
  /* @__PURE__ */ Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      [...schemaFields(COLLECTIONS[name].schema).values()].flatMap((field) => {
        const target = field.meta[REFERENCES_KEY];
        return typeof target === 'string'
          ? [{ path: field.path, target: target as ReferenceField['target'] }]
          : [];
      }),
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
