import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { ConflictId, ConflictRecord, RetiredConflictId } from '../generated/conflicts.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The conflict with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findConflict` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getConflict } from 'mnd-mps-coordination';
 * const conflict = getConflict('nguyen-tan-cuong-rank-2024');
 * console.log(conflict.claims.length);
 * ```
 * @category Lookups
 */
export function getConflict(id: ConflictId | RetiredConflictId): ConflictRecord;
export function getConflict(id: string, dataset: Dataset): RecordOf<'conflicts'>;
export function getConflict(id: string, dataset?: Dataset): RecordOf<'conflicts'> {
  return getIn(lookupArguments(id, dataset), 'conflicts', id);
}
