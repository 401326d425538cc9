import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import type { Scope } from '../../schemas/metric.js';
import { dateBounds, type DateInput, overlaps } from './date-input.js';
import { requireRecord } from './record-index.js';

/**
 * Which metrics to take: every condition given must hold.
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type MetricFilter } from 'mnd-mps-coordination';
 * const where: MetricFilter = { level: 'province', area: 'Quang Ninh', cumulative: false };
 * aggregateMetrics({ by: 'indicator', where });
 * ```
 */
export interface MetricFilter {
  readonly indicator?: string;
  readonly category?: string;
  readonly meeting?: string;
  readonly level?: Scope['level'];
  readonly area?: string;
  readonly cumulative?: boolean;
  /** Metrics whose period overlaps this date or later. */
  readonly from?: DateInput;
  /** Metrics whose period overlaps this date or earlier. */
  readonly to?: DateInput;
}

/** The metrics of a dataset that pass a filter, in dataset order. */
export function filterMetrics(dataset: Dataset, filter: MetricFilter = {}): RecordOf<'metrics'>[] {
  if (filter === null || typeof filter !== 'object') throw new InvalidArgumentError('where', 'expected an object of conditions');
  const indicator = filter.indicator === undefined ? undefined : requireRecord(dataset, 'indicators', filter.indicator, 'indicator').id;
  const meeting = filter.meeting === undefined ? undefined : requireRecord(dataset, 'meetings', filter.meeting, 'meeting').id;
  const bounds = dateBounds(filter.from, filter.to);
  const categories = new Map(dataset.indicators.map((entry) => [entry.id, entry.category]));
  return dataset.metrics.filter(
    (metric) =>
      (indicator === undefined || metric.indicator === indicator) &&
      (filter.category === undefined || categories.get(metric.indicator) === filter.category) &&
      (meeting === undefined || metric.meeting === meeting) &&
      (filter.level === undefined || metric.scope.level === filter.level) &&
      (filter.area === undefined || metric.scope.area === filter.area) &&
      (filter.cumulative === undefined || metric.cumulative === filter.cumulative) &&
      overlaps(metric.period, bounds),
  );
}
