import type { Ids } from '../core/collections.js';
import { calendarYear } from '../core/dates.js';
import { compareStrings } from '../core/text.js';
import { groupBy } from '../core/group.js';
import { oneOf } from '../core/options.js';
import type { BundledIds } from '../generated/ids.js';
import type { Metric } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';
import { METRIC_FILTER_KEYS, type MetricFilter, metricsMatching } from './metric-filter.js';
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
export interface MetricGroup<I extends Ids = BundledIds> {
  /** The indicator or meeting id, the category, the year ("2024", or "multi-year" for periods that are open or span years), or the scope ("national", "province:Quang Ninh"). */
  readonly key: string;
  /** A readable name for the key. */
  readonly label: string;
  readonly metrics: readonly Metric<I>[];
  /** The distinct units of the group's metrics. */
  readonly units: readonly string[];
  /** The interval sum of the quantities when the group has one unit; null when units differ (adding them would mean nothing). */
  readonly total: QuantitySum | null;
}

const GROUPINGS: readonly MetricGrouping[] = ['indicator', 'category', 'year', 'scope', 'meeting'];

/**
 * Groups metrics (narrowed by the {@link MetricFilter} options) by indicator, category, year,
 * scope or meeting, and totals each group whose metrics share a unit with {@link sumQuantities}.
 * Groups are sorted by key (years in time order, "multi-year" last). Totals add what the reports
 * say: two reports of one figure, or a running total beside a yearly count, would be added too,
 * so group by indicator or use {@link metricSeries} to compare like with like.
 *
 * @example
 * ```ts
 * import { aggregateMetrics } from 'mnd-mps-coordination';
 * for (const group of aggregateMetrics({ by: 'year', indicator: 'links-removed' })) {
 *   console.log(group.key, group.total?.qualifier, group.total?.lower);
 * }
 * ```
 * @category Aggregations
 */
export function aggregateMetrics<I extends Ids = BundledIds>(
  options: { readonly by: MetricGrouping } & MetricFilter<I> & DatasetOption<I>,
): MetricGroup<I>[] {
  const given = helperOptions(options, ['by', ...METRIC_FILTER_KEYS]);
  const by = oneOf(given.by, GROUPINGS, 'by');
  const { dataset } = given;
  const indicatorOf = (metric: Metric<I>) => dataset.find('indicators', metric.indicator);
  const keyOf = (metric: Metric<I>): [key: string, label: string] => {
    if (by === 'indicator')
      return [metric.indicator, indicatorOf(metric)?.label ?? metric.indicator];
    if (by === 'category') {
      const category = indicatorOf(metric)?.category ?? 'other';
      return [category, category];
    }
    if (by === 'year') {
      const year = calendarYear(metric.period);
      return year === null ? ['multi-year', 'open or spanning more than one year'] : [year, year];
    }
    if (by === 'meeting')
      return [metric.meeting, dataset.find('meetings', metric.meeting)?.title ?? metric.meeting];
    const { level, place } = metric.scope;
    if (place === null) return [level, level];
    return [`${level}:${place}`, `${dataset.find('places', place)?.name ?? place} (${level})`];
  };
  const groups = groupBy(metricsMatching(dataset, given), (metric) => keyOf(metric)[0]);
  return [...groups]
    .sort(
      ([a], [b]) => Number(a === 'multi-year') - Number(b === 'multi-year') || compareStrings(a, b),
    )
    .map(([key, metrics]) => {
      const units = [...new Set(metrics.map((metric) => metric.unit))];
      const quantities = metrics.map((metric) => metric.quantity);
      const total = units.length === 1 ? sumQuantities(quantities) : null;
      return { key, label: keyOf(metrics[0] as Metric<I>)[1], metrics, units, total };
    });
}
