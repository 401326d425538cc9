import type { Ids } from '../core/collections.js';
import { calendarYear } from '../core/dates.js';
import { groupBy } from '../core/group.js';
import { oneOf } from '../core/options.js';
import type { BundledIds } from '../generated/ids.js';
import type { Metric } from '../schemas/collections.js';
import type { Dataset } from '../dataset.js';
import { type DatasetOption, filtersNothing, helperOptions, kept } from './common.js';
import { METRIC_FILTER_KEYS, type MetricFilter, metricsMatching } from './metric-filter.js';
import { addQuantities, type QuantitySum } from './sum-quantities.js';

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
 * const groups: readonly MetricGroup[] = aggregateMetrics({ by: 'scope' });
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
const GROUPS = Symbol('metric groups');

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
): readonly MetricGroup<I>[] {
  const given = helperOptions(options, ['by', ...METRIC_FILTER_KEYS]);
  const by = oneOf(given.by, GROUPINGS, 'by');
  const { dataset } = given;
  const indicatorOf = (metric: Metric<I>) => dataset.find('indicators', metric.indicator);
  /** The group of a metric (cheap: once per metric) and, for the first of each group, its label. */
  const keyOf = (metric: Metric<I>): string => {
    if (by === 'indicator') return metric.indicator;
    if (by === 'category') return indicatorOf(metric)?.category ?? 'other';
    if (by === 'year') return calendarYear(metric.period) ?? 'multi-year';
    if (by === 'meeting') return metric.meeting;
    const { level, place } = metric.scope;
    return place === null ? level : `${level}:${place}`;
  };
  const labelOf = (key: string, metric: Metric<I>): string => {
    if (by === 'indicator') return indicatorOf(metric)?.label ?? key;
    if (by === 'year' && key === 'multi-year') return 'open or spanning more than one year';
    if (by === 'meeting') return dataset.find('meetings', metric.meeting)?.title ?? key;
    const { level, place } = metric.scope;
    if (by === 'scope' && place !== null)
      return `${dataset.find('places', place)?.name ?? place} (${level})`;
    return key;
  };
  const aggregate = () => {
    const groups = groupBy(metricsMatching(dataset, given), keyOf);
    // Keys in code-unit order (the default sort of strings), years in time order, "multi-year" last.
    const keys = [...groups.keys()].sort();
    if (groups.has('multi-year')) keys.push(...keys.splice(keys.indexOf('multi-year'), 1));
    return keys.map((key) => {
      const metrics = groups.get(key) as Metric<I>[];
      const units = [...new Set(metrics.map((metric) => metric.unit))];
      const total =
        units.length === 1 ? addQuantities(metrics.map((metric) => metric.quantity)) : null;
      return { key, label: labelOf(key, metrics[0] as Metric<I>), metrics, units, total };
    });
  };
  return filtersNothing(given, METRIC_FILTER_KEYS)
    ? kept(dataset as Dataset<Ids>, GROUPS, by, aggregate)
    : aggregate();
}
