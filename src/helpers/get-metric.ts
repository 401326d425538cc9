import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { MetricId, MetricRecord, RetiredMetricId } from '../generated/metrics.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The metric with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findMetric` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getMetric } from 'mnd-mps-coordination';
 * const metric = getMetric('annual-review-2024-links-removed');
 * console.log(metric.quantity.asReported);
 * ```
 * @category Lookups
 */
export function getMetric(id: MetricId | RetiredMetricId): MetricRecord;
export function getMetric(id: string, dataset: Dataset): RecordOf<'metrics'>;
export function getMetric(id: string, dataset?: Dataset): RecordOf<'metrics'> {
  return getIn(lookupArguments(id, dataset), 'metrics', id);
}
