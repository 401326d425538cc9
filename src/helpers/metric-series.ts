import type { Ids } from '../core/collections.js';
import { compareStrings } from '../core/text.js';
import { groupBy } from '../core/group.js';
import type { BundledIds } from '../generated/ids.js';
import type { Dataset } from '../dataset.js';
import type { Metric, Period } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';
import { METRIC_FILTER_KEYS, type MetricFilter, metricsMatching } from './filters.js';
import { SCOPE_LEVELS } from '../core/vocabulary.js';
import { combineReports, comparabilityIn, type PeriodLength } from './sum-quantities.js';

/**
 * One point of a metric series: a period and scope, with the tightest bounds that every report
 * of it allows.
 *
 * @example
 * ```ts
 * import { metricSeries, type SeriesPoint } from 'mnd-mps-coordination';
 * const points: SeriesPoint[] = metricSeries('links-removed');
 * ```
 * @category Aggregations
 */
export interface SeriesPoint<I extends Ids = BundledIds> {
  readonly period: Period<I>;
  readonly scope: Metric<I>['scope'];
  /** The unit the point counts in (the indicator's). */
  readonly unit: string;
  /** The length of the period (see {@link periodLength}). */
  readonly length: PeriodLength;
  /**
   * What differs from the point before: its scope, its unit or the length of its period; empty
   * for the first point. Points on either side of a change are not comparable: do not read the
   * difference as a rise or a fall, nor add them.
   */
  readonly changed: readonly SeriesChange[];
  /** The tightest bounds all the point's metrics allow (null when unknown). */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerExclusive: boolean;
  readonly upperExclusive: boolean;
  /** The quantities as written, one per metric. */
  readonly asReported: readonly string[];
  /** False when two reports of the same period and scope give bounds that cannot both hold. */
  readonly consistent: boolean;
  readonly metrics: readonly Metric<I>[];
}

/**
 * What can change between two points of a {@link metricSeries}: the scope (level or place), the
 * unit, or the length of the period.
 *
 * @example
 * ```ts
 * import { metricSeries, type SeriesChange } from 'mnd-mps-coordination';
 * const changes: SeriesChange[] = metricSeries('persons-arrested').flatMap((point) => point.changed);
 * ```
 * @category Aggregations
 */
export type SeriesChange = 'scope' | 'unit' | 'length';

/** Orders periods by when they start, or, for one open at the start ("up to" a date), by when it ends. */
const timeKey = (period: Period<Ids>) =>
  `${period.earliest ?? period.latest ?? ''}|${period.latest ?? '\uffff'}`;

/**
 * How one indicator moved over time: one point per period and scope, earliest first (nationwide
 * before provinces), with the bounds every report of that point allows. Two reports of the same
 * figure (one meeting reported by two articles) make one point; `consistent` says whether their
 * bounds can both hold. A point whose scope, unit or period length differs from the point before
 * says so in `changed`: a national count over five years beside a province's half-year is not a
 * fall. Takes the {@link MetricFilter} options.
 *
 * @example
 * ```ts
 * import { metricSeries } from 'mnd-mps-coordination';
 * for (const point of metricSeries('links-removed', { level: 'national' })) {
 *   console.log(point.period.edtf, point.asReported.join(' / '), point.lower, point.lowerExclusive);
 * }
 * ```
 * @category Aggregations
 */
export function metricSeries<I extends Ids = BundledIds>(
  indicator: I['indicators'],
  options?: Omit<MetricFilter<I>, 'indicator'> & DatasetOption<I>,
): SeriesPoint<I>[] {
  const filterKeys = METRIC_FILTER_KEYS.filter((key) => key !== 'indicator');
  const given = helperOptions(options, filterKeys);
  const id = given.dataset.get('indicators', indicator, 'indicator').id;
  const points = groupBy(
    metricsMatching(given.dataset, { ...given, indicator: id }),
    (metric) =>
      `${metric.period.earliest}/${metric.period.latest}\u0000${metric.scope.level}\u0000${metric.scope.place ?? ''}`,
  );
  const sorted = [...points.values()]
    .map((metrics) => metrics as [Metric<I>, ...Metric<I>[]])
    .sort(
      ([a], [b]) =>
        compareStrings(timeKey(a.period), timeKey(b.period)) ||
        SCOPE_LEVELS.indexOf(a.scope.level) - SCOPE_LEVELS.indexOf(b.scope.level) ||
        compareStrings(a.scope.place ?? '', b.scope.place ?? ''),
    );
  const comparability = comparabilityIn(given.dataset as Dataset<Ids>);
  let before:
    { readonly scope: string; readonly unit: string; readonly length: string } | undefined;
  return sorted.map((metrics) => {
    const [first] = metrics;
    const { period, scope, unit } = first;
    const { lower, upper, lowerExclusive, upperExclusive, consistent } = combineReports(
      metrics.map((metric) => metric.quantity),
    );
    const { scope: scopeKey, length } = comparability(first);
    const changed: SeriesChange[] = [];
    if (before && before.scope !== scopeKey) changed.push('scope');
    if (before && before.unit !== unit) changed.push('unit');
    if (before && before.length !== length) changed.push('length');
    before = { scope: scopeKey, unit, length };
    const asReported = metrics.map((metric) => metric.quantity.asReported);
    return {
      period,
      scope,
      unit,
      length,
      changed,
      lower,
      upper,
      lowerExclusive,
      upperExclusive,
      asReported,
      consistent,
      metrics,
    };
  });
}
