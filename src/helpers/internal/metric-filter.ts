import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import type { IndicatorId } from '../../generated/indicators.js';
import type { MeetingId } from '../../generated/meetings.js';
import { IndicatorSchema } from '../../schemas/indicator.js';
import { type Scope, ScopeSchema } from '../../schemas/metric.js';
import { dateBounds, type DateInput, overlaps } from './date-input.js';
import { optionsArgument } from './options-argument.js';
import { requireRecord } from './record-index.js';
import { searchKey } from './search-ranking.js';

const CATEGORIES: readonly string[] = IndicatorSchema.shape.category.options;
const LEVELS: readonly string[] = ScopeSchema.shape.level.options;

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
  readonly category?: (typeof IndicatorSchema.shape.category.options)[number];
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

/** The metrics of a dataset that pass a filter, in dataset order; throws on a condition that cannot hold. */
export function filterMetrics(dataset: Dataset, filter?: MetricFilter, argument = 'where'): RecordOf<'metrics'>[] {
  const where = optionsArgument(filter, argument);
  const indicator = where.indicator === undefined ? undefined : requireRecord(dataset, 'indicators', where.indicator, 'indicator').id;
  const meeting = where.meeting === undefined ? undefined : requireRecord(dataset, 'meetings', where.meeting, 'meeting').id;
  if (where.category !== undefined && !CATEGORIES.includes(where.category)) throw new InvalidArgumentError('category', `expected one of ${CATEGORIES.join(', ')}, got ${JSON.stringify(where.category)}`);
  if (where.level !== undefined && !LEVELS.includes(where.level)) throw new InvalidArgumentError('level', `expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(where.level)}`);
  if (where.cumulative !== undefined && typeof where.cumulative !== 'boolean') throw new InvalidArgumentError('cumulative', `expected true or false, got ${JSON.stringify(where.cumulative)}`);
  if (where.area !== undefined && typeof where.area !== 'string') throw new InvalidArgumentError('area', `expected an area name, got ${JSON.stringify(where.area)}`);
  const area = where.area === undefined ? undefined : searchKey(where.area);
  const bounds = dateBounds(where.from, where.to);
  const categories = new Map(dataset.indicators.map((entry) => [entry.id, entry.category]));
  return dataset.metrics.filter(
    (metric) =>
      (indicator === undefined || metric.indicator === indicator) &&
      (where.category === undefined || categories.get(metric.indicator) === where.category) &&
      (meeting === undefined || metric.meeting === meeting) &&
      (where.level === undefined || metric.scope.level === where.level) &&
      (area === undefined || (metric.scope.area !== null && searchKey(metric.scope.area) === area)) &&
      (where.cumulative === undefined || metric.cumulative === where.cumulative) &&
      overlaps(metric.period, bounds),
  );
}
