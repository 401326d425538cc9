import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { IndicatorId, IndicatorRecord, RetiredIndicatorId } from '../generated/indicators.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The indicator with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findIndicator` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getIndicator } from 'mnd-mps-coordination';
 * const indicator = getIndicator('links-removed');
 * console.log(indicator.unit);
 * ```
 * @category Lookups
 */
export function getIndicator(id: IndicatorId | RetiredIndicatorId): IndicatorRecord;
export function getIndicator(id: string, dataset: Dataset): RecordOf<'indicators'>;
export function getIndicator(id: string, dataset?: Dataset): RecordOf<'indicators'> {
  return getIn(lookupArguments(id, dataset), 'indicators', id);
}
