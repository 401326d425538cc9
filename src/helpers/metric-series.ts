import type { Ids } from '../core/collections.js';
import { compareStrings } from '../core/text.js';
import { groupBy } from '../core/group.js';
import { QUALIFIER_RULES } from '../core/quantity.js';
import type { BundledIds } from '../generated/ids.js';
import type { Metric, Period } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';
import { METRIC_FILTER_KEYS, type MetricFilter, metricsMatching } from './metric-filter.js';
import { SCOPE_LEVELS } from '../core/vocabulary.js';

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

/** The tightest bound the reports give on one side, and whether a report that gives it excludes it. */
function tightest(metrics: readonly Metric<Ids>[], side: 'lower' | 'upper') {
  const bounds = metrics.flatMap(({ quantity }) => quantity[side] ?? []);
  if (bounds.length === 0) return { bound: null, exclusive: false };
  // reduce, not Math.max(...bounds): a user's dataset may give one point more reports than a call
  // takes arguments.
  const bound = bounds.reduce((a, b) => (side === 'lower' ? Math.max(a, b) : Math.min(a, b)));
  const exclusive = metrics.some(
    ({ quantity }) =>
      quantity[side] === bound && QUALIFIER_RULES[quantity.qualifier][`${side}Exclusive`],
  );
  return { bound, exclusive };
}

/** Intersects the bounds of several reports of one quantity. */
function combine(metrics: readonly Metric<Ids>[]) {
  const { bound: lower, exclusive: lowerExclusive } = tightest(metrics, 'lower');
  const { bound: upper, exclusive: upperExclusive } = tightest(metrics, 'upper');
  const consistent =
    lower === null ||
    upper === null ||
    lower < upper ||
    (lower === upper && !lowerExclusive && !upperExclusive);
  return { lower, upper, lowerExclusive, upperExclusive, consistent };
}

/** Orders periods by when they start, or, for one open at the start ("up to" a date), by when it ends. */
const timeKey = (period: Period<Ids>) =>
  `${period.earliest ?? period.latest ?? ''}|${period.latest ?? '\uffff'}`;

/**
 * How one indicator moved over time: one point per period and scope, earliest first (nationwide
 * before provinces), with the bounds every report of that point allows. Two reports of the same
 * figure (one meeting reported by two articles) make one point; `consistent` says whether their
 * bounds can both hold. Takes the {@link MetricFilter} options.
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
  return [...points.values()]
    .map((metrics) => {
      const [first] = metrics as [Metric<I>];
      const bounds = combine(metrics as Metric<Ids>[]);
      const asReported = metrics.map((metric) => metric.quantity.asReported);
      return { period: first.period, scope: first.scope, ...bounds, asReported, metrics };
    })
    .sort(
      (a, b) =>
        compareStrings(timeKey(a.period), timeKey(b.period)) ||
        SCOPE_LEVELS.indexOf(a.scope.level) - SCOPE_LEVELS.indexOf(b.scope.level) ||
        compareStrings(a.scope.place ?? '', b.scope.place ?? ''),
    );
}
