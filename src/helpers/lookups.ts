import type { Ids, LookupCollection } from '../core/collections.js';
import { LOOKUP_COLLECTIONS } from '../core/collections.js';
import { aString, oneOf } from '../core/options.js';
import type { BundledIds } from '../generated/ids.js';
import type { RecordTypes } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';

/**
 * The record with this id in a collection (every collection but `redirects`), following
 * redirects from retired ids.
 *
 * @throws {@link UnknownIdError} when no record has the id (with the closest ids), and
 * {@link InvalidArgumentError} when the collection is not one or the id is not a string.
 * @example
 * ```ts
 * import { getRecord } from 'mnd-mps-coordination';
 * const meeting = getRecord('meetings', 'annual-review-2022');
 * console.log(meeting.date.edtf, meeting.coChairs.map((id) => getRecord('people', id).name));
 * ```
 * @category Lookups
 */
export function getRecord<C extends LookupCollection, I extends Ids = BundledIds>(
  collection: C,
  id: I[C],
  options?: DatasetOption<I>,
): RecordTypes<I>[C] {
  const { dataset } = helperOptions(options);
  return dataset.get(oneOf(collection, LOOKUP_COLLECTIONS, 'collection') as C, id);
}

/**
 * The record with this id in a collection, following redirects, or `undefined`: for any string,
 * such as user input.
 *
 * @throws {@link InvalidArgumentError} when the collection is not one or the id is not a string.
 * @example
 * ```ts
 * import { findRecord } from 'mnd-mps-coordination';
 * findRecord('meetings', 'annual-review-2031'); // undefined
 * findRecord('people', 'tran-quoc-to')?.name; // 'Tran Quoc To'
 * ```
 * @category Lookups
 */
export function findRecord<C extends LookupCollection, I extends Ids = BundledIds>(
  collection: C,
  id: string,
  options?: DatasetOption<I>,
): RecordTypes<I>[C] | undefined {
  const { dataset } = helperOptions(options);
  return dataset.find(oneOf(collection, LOOKUP_COLLECTIONS, 'collection') as C, aString(id, 'id'));
}
