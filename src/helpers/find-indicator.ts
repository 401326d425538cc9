import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { IndicatorRecord } from '../generated/indicators.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The indicator with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getIndicator` throws instead.
 *
 * @example
 * ```ts
 * import { findIndicator } from 'mnd-mps-coordination';
 * const indicator = findIndicator('links-removed');
 * if (indicator) console.log(indicator.unit);
 * ```
 * @category Lookups
 */
export function findIndicator(id: string): IndicatorRecord | undefined;
export function findIndicator(id: string, dataset: Dataset): RecordOf<'indicators'> | undefined;
export function findIndicator(id: string, dataset?: Dataset): RecordOf<'indicators'> | undefined {
  return findIn(lookupArguments(id, dataset), 'indicators', id);
}
