import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import { UnknownIdError } from '../../errors/unknown-id-error.js';
import { closestMatches } from '../../lib/closest.js';
import type { CollectionName } from '../../schemas/conflict.js';
import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { perDataset } from './per-dataset.js';
import { findIn, getIn } from './record-index.js';

/**
 * The collections whose records can be looked up, searched for evidence and named in a
 * {@link RecordReference}: every collection but `redirects`.
 *
 * @example
 * ```ts
 * import type { LookupCollection } from 'mnd-mps-coordination';
 * const collection: LookupCollection = 'people';
 * ```
 * @category Provenance
 */
export type LookupCollection = Exclude<CollectionName, 'redirects'>;
/** The lookup collections, in load order. */
export const LOOKUP_COLLECTIONS: readonly LookupCollection[] = [
  'sources',
  'organizations',
  'people',
  'documents',
  'meetings',
  'metrics',
  'indicators',
  'conflicts',
];

/**
 * A way to name a record: the record itself, its id (when no other collection uses it), or its
 * collection and id.
 *
 * @example
 * ```ts
 * import { evidenceFor, getPerson, type RecordReference } from 'mnd-mps-coordination';
 * const refs: RecordReference[] = ['decree-77', { collection: 'people', id: 'tran-quoc-to' }, getPerson('luong-tam-quang')];
 * refs.map((ref) => evidenceFor(ref).length);
 * ```
 * @category Provenance
 */
export type RecordReference =
  string | { readonly collection: LookupCollection; readonly id: string } | { readonly id: string };

/** Each record object of a dataset and the collection it is in. */
const collectionOfRecord = /* @__PURE__ */ perDataset((dataset) => {
  const map = new Map<object, LookupCollection>();
  for (const collection of LOOKUP_COLLECTIONS)
    for (const record of dataset[collection] as readonly object[]) map.set(record, collection);
  return map;
});

/**
 * The record a reference names, and its collection; throws when it names none or several. A
 * record object of another dataset (a bundled record passed with a custom dataset) is looked up by
 * its id in its own collection.
 */
export function resolveRecordArgument(
  dataset: Dataset,
  reference: unknown,
): { collection: LookupCollection; record: RecordOf<LookupCollection> } {
  if (
    reference !== null &&
    typeof reference === 'object' &&
    typeof (reference as { collection?: unknown }).collection === 'string'
  ) {
    const { collection, id } = reference as { collection: string; id: unknown };
    if (!(LOOKUP_COLLECTIONS as readonly string[]).includes(collection))
      throw new InvalidArgumentError(
        'record',
        `unknown collection ${JSON.stringify(collection)}; collections are ${LOOKUP_COLLECTIONS.join(', ')}`,
      );
    if (typeof id !== 'string') throw new InvalidArgumentError('record', 'expected an id string');
    return {
      collection: collection as LookupCollection,
      record: getIn(dataset, collection as LookupCollection, id),
    };
  }
  if (reference !== null && typeof reference === 'object') {
    const own = collectionOfRecord(dataset).get(reference);
    if (own) return { collection: own, record: reference as RecordOf<LookupCollection> };
    const bundled = collectionOfRecord(bundledDataset).get(reference);
    const id = (reference as { id?: unknown }).id;
    if (bundled && typeof id === 'string')
      return { collection: bundled, record: getIn(dataset, bundled, id) };
  }
  const id = typeof reference === 'string' ? reference : (reference as { id?: unknown } | null)?.id;
  if (typeof id !== 'string')
    throw new InvalidArgumentError('record', 'expected a record, an id, or { collection, id }');
  const matches = LOOKUP_COLLECTIONS.flatMap((collection) => {
    const record = findIn(dataset, collection, id);
    return record ? [{ collection, record }] : [];
  });
  const [only, ...others] = matches;
  if (only && others.length === 0) return only;
  if (only)
    throw new InvalidArgumentError(
      'record',
      `"${id}" names records in ${matches.map((match) => match.collection).join(' and ')}; pass { collection, id }`,
    );
  throw new UnknownIdError(
    null,
    id,
    closestMatches(
      id,
      LOOKUP_COLLECTIONS.flatMap((collection) =>
        (dataset[collection] as readonly { id: string }[]).map((record) => record.id),
      ),
    ),
  );
}
