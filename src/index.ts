/**
 * The records, the helpers, the word lists and the error classes. Loads no zod: the schemas and
 * validation of your own records are in `mnd-mps-coordination/schemas`, the records alone in
 * `mnd-mps-coordination/data`.
 *
 * @module mnd-mps-coordination
 */
export * from './data.js';
export { bundled as bundledDataset } from './bundled.js';
export type { Dataset, DatasetRecords } from './dataset.js';
export * from './core/errors.js';
export type { FieldPath, Problem } from './core/problem.js';
export * from './core/vocabulary.js';
export type { DateInput, DayRange, Span } from './core/dates.js';
export { QUALIFIER_RULES, type BoundRule, type QualifierRule } from './core/quantity.js';
export { RANKS, ranksRenderedAs, type RankCode } from './core/ranks.js';

export type { DatasetOption, QuotedOption } from './helpers/common.js';
export * from './helpers/lookups.js';
export * from './helpers/search.js';
export { recordsInPlace, type RecordsInPlace } from './helpers/places.js';
export * from './helpers/timeline.js';
export * from './helpers/group-timeline.js';
export * from './helpers/claims-at.js';
export { filterMeetings, type MeetingFilter } from './helpers/filters.js';
export { filterMetrics, type MetricFilter } from './helpers/filters.js';
export * from './helpers/metric-series.js';
export * from './helpers/aggregate-metrics.js';
export {
  periodLength,
  sumQuantities,
  type Figure,
  type PeriodLength,
  type QuantitySum,
  type Summand,
  type SumOptions,
} from './helpers/sum-quantities.js';
export * from './helpers/meeting-stats.js';
export * from './helpers/provenance.js';
export * from './helpers/summary.js';
