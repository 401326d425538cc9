export { IdSchema, KEBAB_CASE_ID } from './id.js';
export { EvidenceSchema, type Evidence } from './evidence.js';
export { BasisSchema, InferenceSchema, type Basis, type Inference } from './basis.js';
export {
  DatePrecisionSchema,
  FuzzyDateSchema,
  PeriodSchema,
  type DatePrecision,
  type FuzzyDate,
  type Period,
} from './fuzzy-date.js';
export {
  QualifierSchema,
  QuantitySchema,
  QUALIFIER_RULES,
  type BoundRule,
  type Qualifier,
  type Quantity,
} from './quantity.js';
export { SourceSchema, type Source } from './source.js';
export {
  OrganizationKindSchema,
  OrganizationSchema,
  type Organization,
  type OrganizationKind,
} from './organization.js';
export { RANKS, RankCodeSchema, ranksRenderedAs, type RankCode } from './rank.js';
export {
  PersonSchema,
  PositionClaimSchema,
  RankClaimSchema,
  type Person,
  type PositionClaim,
  type RankClaim,
} from './person.js';
export {
  DocumentNumberSchema,
  DocumentSchema,
  type Document,
  type DocumentNumber,
} from './document.js';
export {
  MeetingSchema,
  ParticipantSchema,
  SiteSchema,
  type Meeting,
  type Participant,
  type Site,
} from './meeting.js';
export { MetricSchema, ScopeSchema, type Metric, type Scope } from './metric.js';
export { IndicatorSchema, type Indicator } from './indicator.js';
export {
  CollectionNameSchema,
  ConflictSchema,
  type CollectionName,
  type Conflict,
} from './conflict.js';
export { RedirectSchema, type Redirect } from './redirect.js';
