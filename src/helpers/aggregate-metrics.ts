import type { Ids } from '../core/collections.js';
import { calendarYear } from '../core/dates.js';
import { getOrMake, groupBy } from '../core/group.js';
import { aBoolean, oneOf } from '../core/options.js';
import { compareStrings } from '../core/text.js';
import { SCOPE_LEVELS } from '../core/vocabulary.js';
import type { BundledIds } from '../generated/ids.js';
import type { Metric } from '../schemas/collections.js';
import type { Dataset } from '../dataset.js';
import { type DatasetOption, helperOptions, keptUnlessFiltered } from './common.js';
import { METRIC_FILTER_KEYS, type MetricFilter, metricsMatching } from './filters.js';
import {
  addQuantities,
  comparabilityIn,
  figuresTotal,
  lengthLabel,
  type PeriodLength,
  type QuantitySum,
  scopeKey,
} from './sum-quantities.js';

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
 * The options of {@link aggregateMetrics}: the grouping, the {@link MetricFilter} conditions, the
 * dataset, and `allowMixed`.
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type AggregateOptions } from 'mnd-mps-coordination';
 * const options: AggregateOptions = { by: 'indicator', indicator: 'persons-arrested', level: 'province' };
 * aggregateMetrics(options).map((group) => group.key);
 * ```
 * @category Aggregations
 */
export interface AggregateOptions<I extends Ids = BundledIds>
  extends MetricFilter<I>, DatasetOption<I> {
  readonly by: MetricGrouping;
  /** Group by `by` alone and add every metric's quantity as reported, whatever its scope, unit or period: a {@link MixedMetricGroup} each (how aggregateMetrics grouped before it kept comparable sets apart). */
  readonly allowMixed?: boolean;
}

/**
 * One set of comparable metrics: those of one value of the grouping (an indicator, a category, a
 * year, a scope or a meeting) that share a scope, a unit and a period length, with their total.
 * Its key and label say all four: `persons-arrested|province:nghe-an|persons|P3M`, "Persons
 * arrested or dealt with: Nghe An (province), persons, periods of 3 months".
 *
 * The total adds the figures: the reports of one figure (one indicator, period and scope, such as
 * one count given at two meetings) are taken together with the tightest bounds they all allow, as
 * in {@link metricSeries}, not added. It is null, and `reason` says why, when two periods of one
 * indicator overlap (a running total and the next one) or the reports of one period disagree
 * (several figures of one period and scope, such as a total and its parts: which to add is not
 * for the package to guess).
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type MetricGroup } from 'mnd-mps-coordination';
 * const groups: readonly MetricGroup[] = aggregateMetrics({ by: 'indicator', indicator: 'persons-arrested' });
 * for (const group of groups) console.log(group.label, group.total?.lower ?? group.reason);
 * ```
 * @category Aggregations
 */
export interface MetricGroup<I extends Ids = BundledIds> {
  /** `<of>|<scope>|<unit>|<length>`: `persons-arrested|national|persons|P2006D`, `2024|province:quang-ninh|delegations|P12M`. */
  readonly key: string;
  /** A readable name: the grouping value's, then the scope, unit and length ("Links removed: national, links, accounts and channels, periods of 12 months"). */
  readonly label: string;
  /** The grouping value: the indicator or meeting id, the category, the year ("2024", or "multi-year" for periods that are open or span years), or the scope ("national", "province:quang-ninh"). */
  readonly of: string;
  /** The scope every metric of the group covers. */
  readonly scope: Metric<I>['scope'];
  /** The unit every metric of the group counts in. */
  readonly unit: string;
  /** The length of every metric's period (see {@link periodLength}). */
  readonly length: PeriodLength;
  readonly metrics: readonly Metric<I>[];
  /** The interval sum of the group's figures; null when they cannot be added (see `reason`). */
  readonly total: QuantitySum | null;
  /** Why `total` is null ("periods overlap: ...", "figures of one period disagree: ..."); null when there is a total. */
  readonly reason: string | null;
}

/**
 * One group of {@link aggregateMetrics} with `allowMixed: true`: the metrics of one value of the
 * grouping whatever their scopes, units and periods, with every quantity added as reported.
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type MixedMetricGroup } from 'mnd-mps-coordination';
 * const groups: readonly MixedMetricGroup[] = aggregateMetrics({ by: 'year', allowMixed: true });
 * groups.filter((group) => group.units.length > 1).map((group) => group.key); // years whose totals add different units
 * ```
 * @category Aggregations
 */
export interface MixedMetricGroup<I extends Ids = BundledIds> {
  /** The grouping value, as {@link MetricGroup.of}. */
  readonly key: string;
  /** A readable name for the key. */
  readonly label: string;
  readonly metrics: readonly Metric<I>[];
  /** The distinct scopes, units and period lengths of the metrics, in the order met. */
  readonly scopes: readonly Metric<I>['scope'][];
  readonly units: readonly string[];
  readonly lengths: readonly PeriodLength[];
  /** Every quantity added as reported: mixed units, scopes and periods are added too. */
  readonly total: QuantitySum;
}

const GROUPINGS: readonly MetricGrouping[] = ['indicator', 'category', 'year', 'scope', 'meeting'];
const GROUPS = Symbol('metric groups');

/** A scope key ("national", "province:nghe-an") as a key that orders levels from the largest. */
const scopeOrder = (key: string) => {
  const [level = '', place = ''] = key.split(':');
  return `${SCOPE_LEVELS.indexOf(level as (typeof SCOPE_LEVELS)[number])}${place}`;
};
/** Orders grouping values: by code unit, "multi-year" after the years, scopes national first. */
const compareOf = (by: MetricGrouping) => (a: string, b: string) =>
  by === 'scope'
    ? compareStrings(scopeOrder(a), scopeOrder(b))
    : Number(a === 'multi-year') - Number(b === 'multi-year') || compareStrings(a, b);

/**
 * Groups metrics (narrowed by the {@link MetricFilter} options) by indicator, category, year,
 * scope or meeting, and within each value by scope, unit and period length, so that each group
 * holds figures that can be added, and totals it (see {@link MetricGroup}). National and
 * provincial figures, persons and person-turns, a year and a half-year are never added
 * together. Groups are sorted by the grouping value (years in time order, "multi-year" last;
 * scopes national first, then provinces, districts and communes), then scope, unit and period
 * length (shortest first, open last).
 *
 * `allowMixed: true` groups by the grouping value alone and adds every quantity as reported
 * (see {@link MixedMetricGroup}).
 *
 * @throws {@link InvalidArgumentError} for an unknown grouping or option or a bad filter value,
 * {@link UnknownIdError} for an unknown indicator, meeting or place.
 * @example
 * ```ts
 * import { aggregateMetrics } from 'mnd-mps-coordination';
 * for (const group of aggregateMetrics({ by: 'indicator', indicator: 'persons-arrested' })) {
 *   // one group per scope, unit and period length: national figures apart from provincial ones
 *   console.log(group.key, group.total?.qualifier ?? group.reason, group.total?.lower);
 * }
 * ```
 * @category Aggregations
 */
export function aggregateMetrics<I extends Ids = BundledIds>(
  options: AggregateOptions<I> & { readonly allowMixed?: false },
): readonly MetricGroup<I>[];
/**
 * {@link aggregateMetrics} with `allowMixed: true`: one group per grouping value, every quantity
 * added as reported.
 *
 * @example
 * ```ts
 * import { aggregateMetrics } from 'mnd-mps-coordination';
 * aggregateMetrics({ by: 'indicator', indicator: 'persons-arrested', allowMixed: true })[0]?.units; // ['persons']
 * ```
 */
export function aggregateMetrics<I extends Ids = BundledIds>(
  options: AggregateOptions<I> & { readonly allowMixed: true },
): readonly MixedMetricGroup<I>[];
/**
 * {@link aggregateMetrics} with `allowMixed` not known until run time.
 *
 * @example
 * ```ts
 * import { aggregateMetrics } from 'mnd-mps-coordination';
 * const mixed: boolean = new Date().getUTCDay() === 0;
 * aggregateMetrics({ by: 'year', allowMixed: mixed }).map((group) => group.key);
 * ```
 */
export function aggregateMetrics<I extends Ids = BundledIds>(
  options: AggregateOptions<I>,
): readonly (MetricGroup<I> | MixedMetricGroup<I>)[];
export function aggregateMetrics<I extends Ids = BundledIds>(
  options: AggregateOptions<I>,
): readonly (MetricGroup<I> | MixedMetricGroup<I>)[] {
  const given = helperOptions(options, ['by', 'allowMixed', ...METRIC_FILTER_KEYS]);
  const by = oneOf(given.by, GROUPINGS, 'by');
  const { dataset } = given;
  const allowMixed = aBoolean(given.allowMixed, 'allowMixed') ?? false;
  const indicatorOf = (metric: Metric<I>) => dataset.find('indicators', metric.indicator);
  const comparability = comparabilityIn(dataset as Dataset<Ids>);
  // Looked up once per indicator and per place in a call, not once per metric or group.
  const categories = new Map<string, string>();
  const placeNames = new Map<string, string>();
  /** The grouping value of a metric (cheap: once per metric). */
  const ofMetric = (metric: Metric<I>): string => {
    if (by === 'indicator') return metric.indicator;
    if (by === 'category')
      return getOrMake(
        categories,
        metric.indicator,
        () => indicatorOf(metric)?.category ?? 'other',
      );
    if (by === 'year') return calendarYear(metric.period) ?? 'multi-year';
    if (by === 'meeting') return metric.meeting;
    return comparability(metric).scope;
  };
  const scopeLabel = ({ level, place }: Metric<I>['scope']) => {
    if (place === null) return level;
    const name = getOrMake(placeNames, place, () => dataset.find('places', place)?.name ?? place);
    return `${name} (${level})`;
  };
  /** A readable name for a grouping value, from the first metric of its group. */
  const labelOf = (of: string, metric: Metric<I>): string => {
    if (by === 'indicator') return indicatorOf(metric)?.label ?? of;
    if (by === 'year' && of === 'multi-year') return 'open or spanning more than one year';
    if (by === 'meeting') return dataset.find('meetings', metric.meeting)?.title ?? of;
    if (by === 'scope') return scopeLabel(metric.scope);
    return of;
  };
  /** The metrics of each grouping value, in the order of the values. */
  const byValue = () => {
    const groups = groupBy(metricsMatching(dataset, given), ofMetric);
    return [...groups.keys()]
      .sort(compareOf(by))
      .map((of) => [of, groups.get(of) as [Metric<I>, ...Metric<I>[]]] as const);
  };

  const mixed = (): MixedMetricGroup<I>[] =>
    byValue().map(([key, list]) => {
      const distinct = <T>(values: T[], keyOf: (value: T) => string = String) => [
        ...new Map(values.map((value) => [keyOf(value), value])).values(),
      ];
      return {
        key,
        label: labelOf(key, list[0]),
        metrics: list,
        scopes: distinct(
          list.map((metric) => metric.scope),
          scopeKey,
        ),
        units: distinct(list.map((metric) => metric.unit)),
        lengths: distinct(list.map((metric) => comparability(metric).length)),
        total: addQuantities(list.map((metric) => metric.quantity)),
      };
    });

  const comparable = (): MetricGroup<I>[] => {
    const lengthLabels = new Map<string, string>();
    // Each grouping value's metrics by comparable set (its key worked out once per metric and
    // kept); the sets' keys order them.
    return byValue().flatMap(([of, metrics]) => {
      const sets = groupBy(metrics, (metric) => comparability(metric).set);
      return [...sets.keys()].sort(compareStrings).map((set) => {
        const list = sets.get(set) as [Metric<I>, ...Metric<I>[]];
        const [first] = list;
        const { scope, unit } = first;
        const { key, length } = comparability(first);
        const total = figuresTotal(list);
        const where = by === 'scope' ? '' : `${scopeLabel(scope)}, `;
        const lengthWords = getOrMake(lengthLabels, length, () => lengthLabel(length));
        return {
          key: `${of}|${key}`,
          label: `${labelOf(of, first)}: ${where}${unit}, ${lengthWords}`,
          of,
          scope,
          unit,
          length,
          metrics: list,
          total: typeof total === 'string' ? null : total,
          reason: typeof total === 'string' ? total : null,
        };
      });
    });
  };

  const answer: () => (MetricGroup<I> | MixedMetricGroup<I>)[] = allowMixed ? mixed : comparable;
  const variant = `${by}${allowMixed ? ' mixed' : ''}`;
  return keptUnlessFiltered(given, METRIC_FILTER_KEYS, GROUPS, variant, answer);
}
