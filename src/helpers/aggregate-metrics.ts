import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { optionsArgument } from './internal/options-argument.js';
import { filterMetrics, type MetricFilter } from './internal/metric-filter.js';
import { calendarYearOf } from './internal/calendar-year.js';
import { findIn } from './internal/record-index.js';
import { type QuantitySum, sumQuantities } from './sum-quantities.js';

/**
 * What {@link aggregateMetrics} groups metrics by.
 *
 * @example
 * ```ts
 * import type { MetricGrouping } from 'mnd-mps-coordination';
 * const by: MetricGrouping = 'category';
 * ```
 * @category Aggregations
 */
export type MetricGrouping = 'indicator' | 'category' | 'year' | 'scope' | 'meeting';

/**
 * One group of metrics, with the total of their quantities when they share a unit.
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type MetricGroup } from 'mnd-mps-coordination';
 * const groups: MetricGroup[] = aggregateMetrics({ by: 'scope' });
 * ```
 * @category Aggregations
 */
export interface MetricGroup {
  /** The indicator or meeting id, the category, the year ("2024", or "multi-year" for periods that are open or span years), or the scope ("national", "province:Quang Ninh"). */
  readonly key: string;
  /** A readable name for the key. */
  readonly label: string;
  readonly metrics: readonly RecordOf<'metrics'>[];
  /** The distinct units of the group's metrics. */
  readonly units: readonly string[];
  /** The interval sum of the quantities when the group has one unit; null when units differ (adding them would mean nothing). */
  readonly total: QuantitySum | null;
}

const GROUPINGS: readonly MetricGrouping[] = ['indicator', 'category', 'year', 'scope', 'meeting'];

/**
 * Groups metrics (optionally filtered by `where`) by indicator, category, year, scope or
 * meeting, and totals each group whose metrics share a unit with {@link sumQuantities}. Groups are
 * sorted by key (years in time order, "multi-year" last). Totals add what the reports say; two
 * reports of the same figure, or a running total beside a yearly count, would be added too, so
 * group by indicator or use {@link metricSeries} to compare like with like.
 *
 * @example
 * ```ts
 * import { aggregateMetrics } from 'mnd-mps-coordination';
 * for (const group of aggregateMetrics({ by: 'year', where: { indicator: 'links-removed' } })) {
 *   console.log(group.key, group.total?.qualifier, group.total?.lower);
 * }
 * ```
 * @category Aggregations
 */
export function aggregateMetrics(options: {
  readonly by: MetricGrouping;
  readonly where?: MetricFilter;
  readonly dataset?: Dataset;
}): MetricGroup[] {
  const { by, dataset: given } = optionsArgument(options);
  if (by === undefined || !GROUPINGS.includes(by))
    throw new InvalidArgumentError(
      'by',
      `expected one of ${GROUPINGS.join(', ')}, got ${JSON.stringify(by)}`,
    );
  const dataset = datasetArgument(given);
  const indicator = (metric: RecordOf<'metrics'>) =>
    findIn(dataset, 'indicators', metric.indicator);
  // The key is computed for every metric; the label only once per group.
  const keyOf = (metric: RecordOf<'metrics'>): string => {
    switch (by) {
      case 'indicator':
        return metric.indicator;
      case 'category':
        return indicator(metric)?.category ?? 'other';
      case 'year':
        return calendarYearOf(metric.period) ?? 'multi-year';
      case 'scope':
        return metric.scope.area === null
          ? metric.scope.level
          : `${metric.scope.level}:${metric.scope.area}`;
      case 'meeting':
        return metric.meeting;
    }
  };
  const labelOf = (metric: RecordOf<'metrics'>, key: string): string => {
    switch (by) {
      case 'indicator':
        return indicator(metric)?.label ?? key;
      case 'year':
        return key === 'multi-year' ? 'open or spanning more than one year' : key;
      case 'scope':
        return metric.scope.area === null ? key : `${metric.scope.area} (${metric.scope.level})`;
      case 'meeting':
        return findIn(dataset, 'meetings', metric.meeting)?.title ?? key;
      default:
        return key;
    }
  };
  const groups = new Map<string, { label: string; metrics: RecordOf<'metrics'>[] }>();
  for (const metric of filterMetrics(dataset, options.where, 'where')) {
    const key = keyOf(metric);
    const group = groups.get(key);
    if (group) group.metrics.push(metric);
    else groups.set(key, { label: labelOf(metric, key), metrics: [metric] });
  }
  return [...groups]
    .sort(
      ([a], [b]) =>
        (a === 'multi-year' ? 1 : 0) - (b === 'multi-year' ? 1 : 0) || a.localeCompare(b),
    )
    .map(([key, { label, metrics }]) => {
      const units = [...new Set(metrics.map((metric) => metric.unit))];
      return {
        key,
        label,
        metrics,
        units,
        total: units.length === 1 ? sumQuantities(metrics.map((metric) => metric.quantity)) : null,
      };
    });
}
