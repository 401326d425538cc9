import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import type { IndicatorId } from '../../generated/indicators.js';
import type { MeetingId } from '../../generated/meetings.js';
import { INDICATOR_CATEGORIES, SCOPE_LEVELS } from '../../lib/vocabulary.js';
import type { Scope } from '../../schemas/metric.js';
import { dateBounds, type DateInput, overlaps } from './date-input.js';
import { optionsArgument } from './options-argument.js';
import { perDataset } from './per-dataset.js';
import { requireRecord } from './record-index.js';
import { searchKey } from './search-ranking.js';

const CATEGORIES: readonly string[] = INDICATOR_CATEGORIES;
const LEVELS: readonly string[] = SCOPE_LEVELS;

/**
 * Which metrics to take: every condition given must hold.
 *
 * @example
 * ```ts
 * import { aggregateMetrics, type MetricFilter } from 'mnd-mps-coordination';
 * const where: MetricFilter = { level: 'province', area: 'Quang Ninh', cumulative: false };
 * aggregateMetrics({ by: 'indicator', where });
 * ```
 * @category Aggregations
 */
export interface MetricFilter {
  readonly indicator?: IndicatorId | (string & {});
  readonly category?: (typeof INDICATOR_CATEGORIES)[number];
  readonly meeting?: MeetingId | (string & {});
  readonly level?: Scope['level'];
  /** The named area, compared without regard to case or diacritics ("quảng ninh" = "Quang Ninh"). */
  readonly area?: string;
  readonly cumulative?: boolean;
  /** Metrics whose period overlaps this date or later. */
  readonly from?: DateInput;
  /** Metrics whose period overlaps this date or earlier. */
  readonly to?: DateInput;
}

/** A dataset's metrics by indicator and by meeting, its indicators' categories, and folded area names. */
const metricIndex = /* @__PURE__ */ perDataset((dataset) => {
  const byIndicator = new Map<string, RecordOf<'metrics'>[]>();
  const byMeeting = new Map<string, RecordOf<'metrics'>[]>();
  const add = (
    map: Map<string, RecordOf<'metrics'>[]>,
    key: string,
    metric: RecordOf<'metrics'>,
  ) => {
    const list = map.get(key);
    if (list) list.push(metric);
    else map.set(key, [metric]);
  };
  for (const metric of dataset.metrics) {
    add(byIndicator, metric.indicator, metric);
    add(byMeeting, metric.meeting, metric);
  }
  const areaKeys = new Map<string, string>();
  const areaKey = (area: string) =>
    areaKeys.get(area) ?? areaKeys.set(area, searchKey(area)).get(area)!;
  return {
    byIndicator,
    byMeeting,
    categories: new Map(dataset.indicators.map((entry) => [entry.id, entry.category])),
    areaKey,
  };
});

/** The metrics of a dataset that pass a filter, in dataset order; throws on a condition that cannot hold. */
export function filterMetrics(
  dataset: Dataset,
  filter?: MetricFilter,
  argument = 'where',
): RecordOf<'metrics'>[] {
  const where = optionsArgument(filter, argument);
  const indicator =
    where.indicator === undefined
      ? undefined
      : requireRecord(dataset, 'indicators', where.indicator, 'indicator').id;
  const meeting =
    where.meeting === undefined
      ? undefined
      : requireRecord(dataset, 'meetings', where.meeting, 'meeting').id;
  if (where.category !== undefined && !CATEGORIES.includes(where.category))
    throw new InvalidArgumentError(
      'category',
      `expected one of ${CATEGORIES.join(', ')}, got ${JSON.stringify(where.category)}`,
    );
  if (where.level !== undefined && !LEVELS.includes(where.level))
    throw new InvalidArgumentError(
      'level',
      `expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(where.level)}`,
    );
  if (where.cumulative !== undefined && typeof where.cumulative !== 'boolean')
    throw new InvalidArgumentError(
      'cumulative',
      `expected true or false, got ${JSON.stringify(where.cumulative)}`,
    );
  if (where.area !== undefined && typeof where.area !== 'string')
    throw new InvalidArgumentError(
      'area',
      `expected an area name, got ${JSON.stringify(where.area)}`,
    );
  const area = where.area === undefined ? undefined : searchKey(where.area);
  const bounds = dateBounds(where.from, where.to);
  const index = metricIndex(dataset);
  // Start from the metrics of the indicator or meeting asked for, not from every metric.
  const candidates =
    indicator !== undefined
      ? (index.byIndicator.get(indicator) ?? [])
      : meeting !== undefined
        ? (index.byMeeting.get(meeting) ?? [])
        : dataset.metrics;
  return candidates.filter(
    (metric) =>
      (indicator === undefined || metric.indicator === indicator) &&
      (where.category === undefined || index.categories.get(metric.indicator) === where.category) &&
      (meeting === undefined || metric.meeting === meeting) &&
      (where.level === undefined || metric.scope.level === where.level) &&
      (area === undefined ||
        (metric.scope.area !== null && index.areaKey(metric.scope.area) === area)) &&
      (where.cumulative === undefined || metric.cumulative === where.cumulative) &&
      overlaps(metric.period, bounds),
  );
}
