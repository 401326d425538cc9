import type { Ids } from '../core/collections.js';
import { dateBounds, type DateInput, overlaps } from '../core/dates.js';
import { InvalidArgumentError } from '../core/errors.js';
import { oneOf } from '../core/options.js';
import { INDICATOR_CATEGORIES, SCOPE_LEVELS } from '../core/vocabulary.js';
import { shown } from '../core/text.js';
import { type Dataset, getIn, INDEX } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Indicator, Metric } from '../schemas/collections.js';
import { quotedOnlyIn } from './common.js';
import { placeIdsWithin } from './places.js';
import { isQuoted } from '../core/evidence.js';

/**
 * Which metrics to take, as options of {@link metricSeries} and {@link aggregateMetrics}: every
 * condition given must hold.
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type MetricFilter } from 'mnd-mps-coordination';
 * const filter: MetricFilter = { place: 'quang-ninh', cumulative: false };
 * aggregateMetrics({ by: 'indicator', ...filter });
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

/** The metrics of a dataset that pass a filter, in dataset order; throws on a condition that cannot hold. */
export function filterMetrics<I extends Ids>(
  dataset: Dataset<I>,
  filter: { readonly [K in (typeof METRIC_FILTER_KEYS)[number]]?: unknown },
): Metric<I>[] {
  const indicator =
    filter.indicator === undefined
      ? undefined
      : getIn(dataset, 'indicators', filter.indicator, 'indicator').id;
  const meeting =
    filter.meeting === undefined
      ? undefined
      : getIn(dataset, 'meetings', filter.meeting, 'meeting').id;
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
    filter.place === undefined ? undefined : placeIdsWithin(dataset, filter.place as string);
  const bounds = dateBounds(filter.from, filter.to);
  const quotedOnly = quotedOnlyIn(filter.quotedOnly);
  const categories = new Map(dataset.indicators.map((entry) => [entry.id, entry.category]));
  // Start from the metrics of the indicator asked for (indexed), not from every metric.
  const candidates =
    indicator === undefined
      ? dataset.metrics
      : ((dataset[INDEX].metricsByIndicator.get(indicator) ?? []) as readonly Metric<I>[]);
  return candidates.filter(
    (metric) =>
      (meeting === undefined || metric.meeting === meeting) &&
      (category === undefined || categories.get(metric.indicator) === category) &&
      (level === undefined || metric.scope.level === level) &&
      (places === undefined || (metric.scope.place !== null && places.has(metric.scope.place))) &&
      (filter.cumulative === undefined || metric.cumulative === filter.cumulative) &&
      overlaps(metric.period, bounds) &&
      (!quotedOnly || isQuoted(metric.evidence)),
  );
}
