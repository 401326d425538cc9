export * from './data.js';
export * from './schemas/index.js';

export { createDataset, type CreateDatasetOptions } from './dataset/create-dataset.js';
export type { Dataset } from './dataset/dataset.js';
export type { DatasetInput } from './dataset/dataset-input.js';
export { COLLECTION_SCHEMAS, type DatasetRecords, type RecordOf } from './dataset/collections.js';
export type { FieldPath, Problem } from './dataset/problem.js';

export { DatasetError } from './errors/dataset-error.js';
export { DatasetValidationError } from './errors/dataset-validation-error.js';
export { InvalidArgumentError } from './errors/invalid-argument-error.js';
export { InvalidDateError } from './errors/invalid-date-error.js';
export { InvalidRangeError } from './errors/invalid-range-error.js';
export { UnknownIdError } from './errors/unknown-id-error.js';

export { getConflict } from './helpers/get-conflict.js';
export { getDocument } from './helpers/get-document.js';
export { getIndicator } from './helpers/get-indicator.js';
export { getMeeting } from './helpers/get-meeting.js';
export { getMetric } from './helpers/get-metric.js';
export { getOrganization } from './helpers/get-organization.js';
export { getPerson } from './helpers/get-person.js';
export { getSource } from './helpers/get-source.js';
export { findConflict } from './helpers/find-conflict.js';
export { findDocument } from './helpers/find-document.js';
export { findIndicator } from './helpers/find-indicator.js';
export { findMeeting } from './helpers/find-meeting.js';
export { findMetric } from './helpers/find-metric.js';
export { findOrganization } from './helpers/find-organization.js';
export { findPerson } from './helpers/find-person.js';
export { findSource } from './helpers/find-source.js';
export { resolveId } from './helpers/resolve-id.js';

export { searchDocuments } from './helpers/search-documents.js';
export { searchOrganizations } from './helpers/search-organizations.js';
export { searchPeople } from './helpers/search-people.js';
export type { SearchOptions } from './helpers/internal/search-arguments.js';
export type { SearchResult } from './helpers/internal/search-ranking.js';

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
export { rankAt, type RankAt } from './helpers/rank-at.js';
export { positionsAt, type PositionAt, type PositionsAt } from './helpers/positions-at.js';
export type { DateInput, DayRange } from './helpers/internal/date-input.js';

export { metricSeries, type SeriesPoint } from './helpers/metric-series.js';
export {
  aggregateMetrics,
  type MetricGroup,
  type MetricGrouping,
} from './helpers/aggregate-metrics.js';
export { sumQuantities, type QuantitySum, type Summand } from './helpers/sum-quantities.js';
export { meetingStats, type MeetingCount, type MeetingGrouping } from './helpers/meeting-stats.js';
export { coChairPairs, type CoChairPair } from './helpers/co-chair-pairs.js';
export type { MetricFilter } from './helpers/internal/metric-filter.js';

export { evidenceFor, type EvidenceItem } from './helpers/evidence-for.js';
export { conflictsFor } from './helpers/conflicts-for.js';
export type { LookupCollection, RecordReference } from './helpers/internal/record-argument.js';

export {
  summarizeDataset,
  type DatasetSummary,
  type HeadlineMetric,
  type MeetingSummary,
} from './summary/summarize-dataset.js';
export { formatSummary } from './summary/format-summary.js';
