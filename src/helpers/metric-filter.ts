import type { Ids } from '../core/collections.js';
import { dateBounds, type DateInput, overlaps } from '../core/dates.js';
import { InvalidArgumentError } from '../core/errors.js';
import { oneOf } from '../core/options.js';
import { INDICATOR_CATEGORIES, SCOPE_LEVELS } from '../core/vocabulary.js';
import { shown } from '../core/text.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Indicator, Metric } from '../schemas/collections.js';
import {
  type DatasetOption,
  frozenGroups,
  helperOptions,
  NONE,
  quotedOnlyIn,
  where,
} from './common.js';
import { compareStrings } from '../core/text.js';
import { placeIdsWithin } from './places.js';
import { isQuoted } from '../core/evidence.js';

/**
 * Which metrics to take: every condition given must hold. {@link filterMetrics} applies it, and
 * {@link metricSeries} and {@link aggregateMetrics} take it as options.
 *
 * @example
 * ```ts
 * import { filterMetrics, type MetricFilter } from 'mnd-mps-coordination';
 * const filter: MetricFilter = { place: 'quang-ninh', cumulative: false };
 * filterMetrics(filter).length;
 * ```
 * @category Aggregations
 */
export interface MetricFilter<I extends Ids = BundledIds> {
  readonly indicator?: I['indicators'];
  readonly category?: Indicator['category'];
  readonly meeting?: I['meetings'];
  readonly level?: Metric['scope']['level'];
  /** Metrics scoped to this place or to a place inside it (a commune of a province's district). */
  readonly place?: I['places'];
  readonly cumulative?: boolean;
  /** Metrics whose period overlaps this date or later. */
  readonly from?: DateInput;
  /** Metrics whose period overlaps this date or earlier. */
  readonly to?: DateInput;
  /** Only metrics that a quote of a bundled text states (not those that rest on cited pages alone). */
  readonly quotedOnly?: boolean;
}

/** The keys of {@link MetricFilter}, for checking options. */
export const METRIC_FILTER_KEYS = [
  'indicator',
  'category',
  'meeting',
  'level',
  'place',
  'cumulative',
  'from',
  'to',
  'quotedOnly',
] as const;

const INDEXES = Symbol('metrics by indicator and by place');
const CATEGORIES = Symbol('categories by indicator');

/**
 * The metrics that pass a filter, in dataset order (by id). Each option narrows the result; none
 * means every metric. The list is frozen: copy it to sort it otherwise.
 *
 * @throws {@link InvalidArgumentError} for an option that is not one, a value of the wrong kind
 * or a range that ends before it starts, and {@link UnknownIdError} for an unknown indicator,
 * meeting or place.
 * @example
 * ```ts
 * import { filterMetrics } from 'mnd-mps-coordination';
 * for (const metric of filterMetrics({ indicator: 'links-removed', level: 'national' })) console.log(metric.period.edtf, metric.quantity.asReported);
 * ```
 * @category Aggregations
 */
export function filterMetrics<I extends Ids = BundledIds>(
  options?: MetricFilter<I> & DatasetOption<I>,
): readonly Metric<I>[] {
  const given = helperOptions(options, METRIC_FILTER_KEYS);
  return metricsMatching(given.dataset, given);
}

/** The metrics of a dataset that pass a filter (its values not yet checked), in dataset order. */
export function metricsMatching<I extends Ids>(
  dataset: Dataset<I>,
  filter: { readonly [K in (typeof METRIC_FILTER_KEYS)[number]]?: unknown },
): readonly Metric<I>[] {
  const indicator =
    filter.indicator === undefined
      ? undefined
      : dataset.get('indicators', filter.indicator, 'indicator').id;
  const meeting =
    filter.meeting === undefined
      ? undefined
      : dataset.get('meetings', filter.meeting, 'meeting').id;
  const category =
    filter.category === undefined
      ? undefined
      : oneOf(filter.category, INDICATOR_CATEGORIES, 'category');
  const level = filter.level === undefined ? undefined : oneOf(filter.level, SCOPE_LEVELS, 'level');
  if (filter.cumulative !== undefined && typeof filter.cumulative !== 'boolean')
    throw new InvalidArgumentError(
      'cumulative',
      `expected true or false, got ${shown(filter.cumulative)}`,
    );
  const places =
    filter.place === undefined ? undefined : placeIdsWithin(dataset, filter.place, 'place');
  const bounds = dateBounds(filter.from, filter.to);
  const quotedOnly = quotedOnlyIn(filter.quotedOnly);
  const categories = dataset.built(
    CATEGORIES,
    (all) => new Map(all.indicators.map((entry) => [entry.id as string, entry.category])),
  );
  // Start from the metrics of the indicator, or of the places, asked for (indexed), not from every
  // metric; the places' lists are put back in dataset order.
  const index = dataset.built(INDEXES, (all) => ({
    indicator: frozenGroups(all.metrics, (metric) => metric.indicator),
    place: frozenGroups(all.metrics, (metric) => metric.scope.place ?? ''),
  }));
  const inPlaces =
    places === undefined
      ? undefined
      : [...places]
          .flatMap((place) => index.place.get(place) ?? NONE)
          .sort((a, b) => compareStrings(a.id, b.id));
  const candidates =
    indicator === undefined
      ? (inPlaces ?? dataset.metrics)
      : (index.indicator.get(indicator) ?? NONE);
  const open = bounds.earliest === null && bounds.latest === null;
  return where(candidates, [
    meeting !== undefined && ((metric) => metric.meeting === meeting),
    category !== undefined && ((metric) => categories.get(metric.indicator) === category),
    level !== undefined && ((metric) => metric.scope.level === level),
    places !== undefined &&
      indicator !== undefined &&
      ((metric) => metric.scope.place !== null && places.has(metric.scope.place)),
    filter.cumulative !== undefined && ((metric) => metric.cumulative === filter.cumulative),
    !open && ((metric) => overlaps(metric.period, bounds)),
    quotedOnly && ((metric) => isQuoted(metric.evidence)),
  ]);
}
