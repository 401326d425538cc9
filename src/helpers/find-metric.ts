import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { MetricRecord } from '../generated/metrics.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The metric with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getMetric` throws instead.
 *
 * @example
 * ```ts
 * import { findMetric } from 'mnd-mps-coordination';
 * const metric = findMetric('annual-review-2024-links-removed');
 * if (metric) console.log(metric.quantity.asReported);
 * ```
 * @category Lookups
 */
export function findMetric(id: string): MetricRecord | undefined;
export function findMetric(id: string, dataset: Dataset): RecordOf<'metrics'> | undefined;
export function findMetric(id: string, dataset?: Dataset): RecordOf<'metrics'> | undefined {
  return findIn(lookupArguments(id, dataset), 'metrics', id);
}
