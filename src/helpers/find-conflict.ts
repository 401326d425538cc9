import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { ConflictRecord } from '../generated/conflicts.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The conflict with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getConflict` throws instead.
 *
 * @example
 * ```ts
 * import { findConflict } from 'mnd-mps-coordination';
 * const conflict = findConflict('nguyen-tan-cuong-rank-2024');
 * if (conflict) console.log(conflict.claims.length);
 * ```
 * @category Lookups
 */
export function findConflict(id: string): ConflictRecord | undefined;
export function findConflict(id: string, dataset: Dataset): RecordOf<'conflicts'> | undefined;
export function findConflict(id: string, dataset?: Dataset): RecordOf<'conflicts'> | undefined {
  return findIn(lookupArguments(id, dataset), 'conflicts', id);
}
