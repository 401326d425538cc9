import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { DeepReadonly } from '../lib/deep-freeze.js';
import type { Period } from '../schemas/fuzzy-date.js';
import { qualifierRule } from '../schemas/quantity.js';
import type { Scope } from '../schemas/metric.js';
import type { IndicatorId, RetiredIndicatorId } from '../generated/indicators.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { filterMetrics, type MetricFilter } from './internal/metric-filter.js';
import { optionsArgument } from './internal/options-argument.js';
import { requireRecord } from './internal/record-index.js';

/**
 * One point of a metric series: a period and scope, the bounds the reports give for it, and the
 * metrics behind it.
 *
 * @example
 * ```ts
 * import { metricSeries, type SeriesPoint } from 'mnd-mps-coordination';
 * const points: SeriesPoint[] = metricSeries('links-removed');
 * console.log(points.map((point) => `${point.period.edtf}: ${point.asReported.join(' / ')}`));
 * ```
 * @category Aggregations
 */
export interface SeriesPoint {
  readonly period: DeepReadonly<Period>;
  readonly scope: DeepReadonly<Scope>;
  /** The tightest bounds all the point's metrics allow (null when unknown). */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerExclusive: boolean;
  readonly upperExclusive: boolean;
  /** The quantities as written, one per metric. */
  readonly asReported: readonly string[];
  /** False when two reports of the same period and scope give bounds that cannot both hold. */
  readonly consistent: boolean;
  readonly metrics: readonly RecordOf<'metrics'>[];
}

const scopeKey = (scope: DeepReadonly<Scope>) => `${scope.level}\u0000${scope.area ?? ''}`;
const LEVEL_ORDER = ['national', 'province', 'district', 'commune'];

/** Intersects the bounds of several reports of one quantity. */
function combine(
  metrics: readonly RecordOf<'metrics'>[],
): Pick<SeriesPoint, 'lower' | 'upper' | 'lowerExclusive' | 'upperExclusive' | 'consistent'> {
  let lower: number | null = null;
  let upper: number | null = null;
  let lowerExclusive = false;
  let upperExclusive = false;
  for (const { quantity } of metrics) {
    const { lowerExclusive: exclusiveLow, upperExclusive: exclusiveHigh } = qualifierRule(
      quantity.qualifier,
    )!;
    if (
      quantity.lower !== null &&
      (lower === null || quantity.lower > lower || (quantity.lower === lower && exclusiveLow))
    ) {
      lower = quantity.lower;
      lowerExclusive = exclusiveLow;
    }
    if (
      quantity.upper !== null &&
      (upper === null || quantity.upper < upper || (quantity.upper === upper && exclusiveHigh))
    ) {
      upper = quantity.upper;
      upperExclusive = exclusiveHigh;
    }
  }
  const consistent =
    lower === null ||
    upper === null ||
    lower < upper ||
    (lower === upper && !lowerExclusive && !upperExclusive);
  return { lower, upper, lowerExclusive, upperExclusive, consistent };
}

/** Orders periods by when they start, or, for one open at the start ("up to" a date), by when they end. */
const timeKey = (period: { readonly earliest: string | null; readonly latest: string | null }) =>
  `${period.earliest ?? period.latest ?? ''}|${period.latest ?? '\uffff'}`;

/**
 * The series of an indicator: one point per period (the days it covers) and scope, in time order
 * (a period open at the start, "up to" a date, by its end; then national before provincial, then
 * by area), each with the bounds its metrics give. Several metrics for the same period and scope
 * (two reports of one figure) make one point, whose bounds are those all of them allow;
 * `consistent` is false when they cannot all hold. Narrow it with the filter options.
 *
 * @example
 * ```ts
 * import { metricSeries } from 'mnd-mps-coordination';
 * for (const point of metricSeries('links-removed', { level: 'national' })) {
 *   console.log(point.period.edtf, point.lowerExclusive ? 'more than' : 'at least', point.lower);
 * }
 * ```
 * @category Aggregations
 */
export function metricSeries(
  indicatorId: IndicatorId | RetiredIndicatorId,
  options?: Omit<MetricFilter, 'indicator'>,
): SeriesPoint[];
export function metricSeries(
  indicatorId: string,
  options: Omit<MetricFilter, 'indicator'> & { readonly dataset: Dataset },
): SeriesPoint[];
export function metricSeries(
  indicatorId: string,
  options?: Omit<MetricFilter, 'indicator'> & { readonly dataset?: Dataset },
): SeriesPoint[] {
  const { dataset: given, ...filter } = optionsArgument(options);
  const dataset = datasetArgument(given);
  const indicator = requireRecord(dataset, 'indicators', indicatorId, 'indicatorId');
  const points = new Map<string, RecordOf<'metrics'>[]>();
  for (const metric of filterMetrics(dataset, { ...filter, indicator: indicator.id }, 'options')) {
    const key = `${metric.period.earliest}/${metric.period.latest}\u0000${scopeKey(metric.scope)}`;
    const point = points.get(key);
    if (point) point.push(metric);
    else points.set(key, [metric]);
  }
  return [...points.values()]
    .map((metrics) => {
      const first = metrics[0] as RecordOf<'metrics'>;
      return {
        period: first.period,
        scope: first.scope,
        ...combine(metrics),
        asReported: metrics.map((metric) => metric.quantity.asReported),
        metrics,
      };
    })
    .sort(
      (a, b) =>
        timeKey(a.period).localeCompare(timeKey(b.period)) ||
        LEVEL_ORDER.indexOf(a.scope.level) - LEVEL_ORDER.indexOf(b.scope.level) ||
        (a.scope.area ?? '').localeCompare(b.scope.area ?? ''),
    );
}
