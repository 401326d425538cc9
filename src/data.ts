// The `mnd-mps-coordination/data` entry: the bundled records and their id types. Loads no zod
// and no date-fns.
export * from './generated/records.js';
export type * from './generated/ids.js';
export { meta } from './generated/meta.js';
export type {
  Conflict,
  Document,
  Evidence,
  FuzzyDate,
  Indicator,
  Meeting,
  Metric,
  Organization,
  Period,
  Person,
  Place,
  PositionClaim,
  Quantity,
  RankClaim,
  RecordTypes,
  Redirect,
  Source,
} from './schemas/collections.js';
export {
  COLLECTION_NAMES,
  type CollectionName,
  type Ids,
  type LookupCollection,
  type Reference,
  type WithIds,
} from './core/collections.js';
