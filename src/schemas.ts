/**
 * The zod schemas (as records are authored), the collection registry (with the published
 * schemas), and validation of your own records (`createDataset`, `validateRecords`).
 *
 * @module mnd-mps-coordination/schemas
 */
export { IdSchema } from './schemas/ref.js';
export { EvidenceSchema } from './schemas/evidence.js';
export { InferenceSchema } from './schemas/inference.js';
export { FuzzyDateSchema, PeriodSchema } from './schemas/dates.js';
export { QualifierSchema, QuantitySchema } from './schemas/quantity.js';
export { SourceSchema } from './schemas/source.js';
export { OrganizationSchema } from './schemas/organization.js';
export { PlaceSchema } from './schemas/place.js';
export { PersonSchema, PositionClaimSchema, RankClaimSchema } from './schemas/person.js';
export { DocumentNumberSchema, DocumentSchema } from './schemas/document.js';
export { MeetingSchema, ParticipantSchema, SiteSchema } from './schemas/meeting.js';
export { MetricSchema, ScopeSchema } from './schemas/metric.js';
export { IndicatorSchema } from './schemas/indicator.js';
export { ConflictSchema } from './schemas/conflict.js';
export { RedirectSchema } from './schemas/redirect.js';
export { COLLECTIONS, type CollectionEntry } from './schemas/collections.js';
export type { Reference } from './core/collections.js';
export {
  createDataset,
  validateRecords,
  type Validation,
  type ValidationOptions,
} from './validate/validate-records.js';
export type { DatasetInput } from './validate/dataset-input.js';
export type { Problem, FieldPath } from './core/problem.js';
