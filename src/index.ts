/**
 * The records, the helpers and the error classes. Loads no zod: the schemas and validation of your
 * own records are in `mnd-mps-coordination/schemas`, the records alone in
 * `mnd-mps-coordination/data`.
 *
 * @module mnd-mps-coordination
 */
export * from './data.js';
export { bundled as bundledDataset } from './bundled.js';
export type { Dataset, DatasetRecords } from './dataset.js';
export {
  DatasetValidationError,
  InvalidArgumentError,
  MndMpsError,
  UnknownIdError,
} from './core/errors.js';
export type { FieldPath, Problem } from './core/problem.js';
export {
  DATE_PRECISIONS,
  type DateInput,
  type DatePrecision,
  type DayRange,
  type Span,
} from './core/dates.js';
export {
  QUALIFIER_RULES,
  QUALIFIERS,
  type BoundRule,
  type Qualifier,
  type QualifierRule,
} from './core/quantity.js';
export { RANKS, ranksRenderedAs, type RankCode } from './core/ranks.js';

export type { DatasetOption, LookupId } from './helpers/common.js';
export * from './helpers/lookups.js';
export {
  searchDocuments,
  searchOrganizations,
  searchPeople,
  type SearchOptions,
  type SearchResult,
} from './helpers/search.js';
export {
  TIMELINE_EVENT_KINDS,
  timeline,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineOptions,
} from './helpers/timeline.js';
export {
  groupTimeline,
  type Dated,
  type TimelineBucket,
  type TimelineUnit,
} from './helpers/group-timeline.js';
export {
  positionsAt,
  rankAt,
  type PositionAt,
  type PositionsAt,
  type RankAt,
} from './helpers/claims-at.js';
export type { MetricFilter } from './helpers/metric-filter.js';
export type { MeetingFilter } from './helpers/meeting-filter.js';
export { metricSeries, type SeriesPoint } from './helpers/metric-series.js';
export {
  aggregateMetrics,
  type MetricGroup,
  type MetricGrouping,
} from './helpers/aggregate-metrics.js';
export { sumQuantities, type QuantitySum, type Summand } from './helpers/sum-quantities.js';
export { meetingStats, type MeetingCount, type MeetingGrouping } from './helpers/meeting-stats.js';
export { coChairPairs, type CoChairPair } from './helpers/co-chair-pairs.js';
export {
  conflictsFor,
  evidenceFor,
  inferredFacts,
  type EvidenceItem,
  type InferredFact,
  type RecordReference,
} from './helpers/provenance.js';
export {
  formatSummary,
  summarizeDataset,
  type DatasetSummary,
  type HeadlineMetric,
  type MeetingSummary,
} from './helpers/summary.js';
