import type * as z from 'zod';
import type { CollectionName, Ids, WithIds } from '../core/collections.js';
import type { BundledIds } from '../generated/ids.js';
import { ConflictSchema } from './conflict.js';
import { DocumentSchema } from './document.js';
import { type DerivedField, derivedFields } from './fields.js';
import { IndicatorSchema } from './indicator.js';
import { MeetingSchema, PublishedMeetingSchema } from './meeting.js';
import { OrganizationSchema } from './organization.js';
import { MetricSchema, PublishedMetricSchema } from './metric.js';
import { PersonSchema, PublishedPersonSchema } from './person.js';
import { PlaceSchema } from './place.js';
import { RedirectSchema } from './redirect.js';
import { PublishedSourceSchema, SourceSchema } from './source.js';

/**
 * What the registry says of one collection.
 *
 * @example
 * ```ts
 * import { COLLECTIONS, type CollectionEntry } from 'mnd-mps-coordination/schemas';
 * const entry: CollectionEntry = COLLECTIONS.meetings;
 * console.log(entry.singular, entry.description);
 * ```
 * @category Schemas
 */
export interface CollectionEntry {
  /** The schema of a record as authors write it (and as `createDataset` reads it). */
  readonly schema: z.ZodType;
  /** The schema of a record as published: the authored one with what the build derives from other records. */
  readonly published: z.ZodType;
  /** The name of one record: "meeting", "person". */
  readonly singular: string;
  /** The TypeScript type of a record: "Meeting", "Person". */
  readonly type: string;
  /** One sentence on what the collection holds. */
  readonly description: string;
}

/**
 * The registry of collections: for each, the schema its records are written in, the schema they
 * are published in (the same, extended with the fields the build derives from other records),
 * the name of one record, its TypeScript type and what it holds. Validation, the exports, the
 * JSON Schemas, the Data Package, the generated record modules, the CLI and the catalogue all
 * read it. References between records are declared where the field is defined (`ref()` in the
 * schemas), not here.
 *
 * @example
 * ```ts
 * import { COLLECTIONS } from 'mnd-mps-coordination/schemas';
 * COLLECTIONS.meetings.schema.safeParse({}).success; // false
 * ```
 * @category Schemas
 */
export const COLLECTIONS = {
  sources: {
    schema: SourceSchema,
    published: PublishedSourceSchema,
    singular: 'source',
    type: 'Source',
    description:
      'The sources: bundled articles (text in the repository, quotes checked) and cited public pages.',
  },
  organizations: {
    schema: OrganizationSchema,
    published: OrganizationSchema,
    singular: 'organization',
    type: 'Organization',
    description: 'Bodies named in the sources.',
  },
  places: {
    schema: PlaceSchema,
    published: PlaceSchema,
    singular: 'place',
    type: 'Place',
    description:
      'Provinces, districts and communes named in the sources, each in the place it lies in.',
  },
  people: {
    schema: PersonSchema,
    published: PublishedPersonSchema,
    singular: 'person',
    type: 'Person',
    description: 'Officials named in the sources, with their rank and position claims.',
  },
  documents: {
    schema: DocumentSchema,
    published: DocumentSchema,
    singular: 'document',
    type: 'Document',
    description: 'Legal and party documents referenced by the sources.',
  },
  meetings: {
    schema: MeetingSchema,
    published: PublishedMeetingSchema,
    singular: 'meeting',
    type: 'Meeting',
    description: 'Coordination meetings, one record per meeting however many sources report it.',
  },
  metrics: {
    schema: MetricSchema,
    published: PublishedMetricSchema,
    singular: 'metric',
    type: 'Metric',
    description: 'Quantities reported at the meetings.',
  },
  indicators: {
    schema: IndicatorSchema,
    published: IndicatorSchema,
    singular: 'indicator',
    type: 'Indicator',
    description: 'The controlled vocabulary that makes metrics comparable.',
  },
  conflicts: {
    schema: ConflictSchema,
    published: ConflictSchema,
    singular: 'conflict',
    type: 'Conflict',
    description: 'Disagreements between or within sources.',
  },
  redirects: {
    schema: RedirectSchema,
    published: RedirectSchema,
    singular: 'redirect',
    type: 'Redirect',
    description: 'Retired ids and the ids they now resolve to.',
  },
} as const satisfies { readonly [C in CollectionName]: CollectionEntry };

/**
 * The fields the build derives, per collection: the difference between each collection's
 * published and authored schemas.
 */
export const DERIVED_FIELDS: { readonly [C in CollectionName]: readonly DerivedField[] } =
  /* @__PURE__ */ Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, entry]) => [
      name,
      derivedFields(entry.schema, entry.published),
    ]),
  ) as never;

/**
 * The record type of every collection as a dataset holds it (the published schema's output),
 * with references typed by `I`.
 *
 * @example
 * ```ts
 * import type { RecordTypes } from 'mnd-mps-coordination';
 * type AnyRecord = RecordTypes[keyof RecordTypes];
 * ```
 * @category Records
 */
export type RecordTypes<out I extends Ids = BundledIds> = {
  readonly [C in CollectionName]: WithIds<z.output<(typeof COLLECTIONS)[C]['published']>, I>;
};

/**
 * The record type of every collection as authors write it and validation parses it, before the
 * build derives the rest, with plain string ids.
 */
export type AuthoredRecords = {
  readonly [C in CollectionName]: readonly WithIds<
    z.output<(typeof COLLECTIONS)[C]['schema']>,
    Ids
  >[];
};

/**
 * A source: a bundled article or a cited public page. See {@link SourceSchema}.
 *
 * @example
 * ```ts
 * import type { Source } from 'mnd-mps-coordination';
 * const cite = (source: Source) => `${source.title} (${source.publisher?.name ?? 'unknown publisher'})`;
 * ```
 * @category Records
 */
export type Source<I extends Ids = BundledIds> = RecordTypes<I>['sources'];

/**
 * A body named in the sources. See {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * import type { Organization } from 'mnd-mps-coordination';
 * const allNames = (organization: Organization) => [organization.name, ...organization.otherNames, ...organization.abbreviations];
 * ```
 * @category Records
 */
export type Organization<I extends Ids = BundledIds> = RecordTypes<I>['organizations'];

/**
 * A place: a province, district or commune (or a country) named in the sources. See {@link PlaceSchema}.
 *
 * @example
 * ```ts
 * import { getRecord, type Place } from 'mnd-mps-coordination';
 * const province: Place = getRecord('places', 'quang-ninh');
 * console.log(province.vietnameseName);
 * ```
 * @category Records
 */
export type Place<I extends Ids = BundledIds> = RecordTypes<I>['places'];

/**
 * An official with every rank and position the reports give. See {@link PersonSchema}.
 *
 * @example
 * ```ts
 * import type { Person } from 'mnd-mps-coordination';
 * const renderings = (person: Person) => [...new Set(person.ranks.map((claim) => claim.asReported))];
 * ```
 * @category Records
 */
export type Person<I extends Ids = BundledIds> = RecordTypes<I>['people'];

/**
 * A legal or party document. See {@link DocumentSchema}.
 *
 * @example
 * ```ts
 * import type { Document } from 'mnd-mps-coordination';
 * const label = (document: Document) => (document.issued ? `${document.title} (${document.issued.edtf})` : document.title);
 * ```
 * @category Records
 */
export type Document<I extends Ids = BundledIds> = RecordTypes<I>['documents'];

/**
 * A coordination meeting. See {@link MeetingSchema}.
 *
 * @example
 * ```ts
 * import { getRecord, type Meeting } from 'mnd-mps-coordination';
 * const chairs = (meeting: Meeting) => meeting.coChairs.map((id) => getRecord('people', id).name);
 * ```
 * @category Records
 */
export type Meeting<I extends Ids = BundledIds> = RecordTypes<I>['meetings'];

/**
 * A quantity reported at a meeting. See {@link MetricSchema}.
 *
 * @example
 * ```ts
 * import type { Metric } from 'mnd-mps-coordination';
 * const show = (metric: Metric) => `${metric.quantity.asReported} ${metric.counted}`;
 * ```
 * @category Records
 */
export type Metric<I extends Ids = BundledIds> = RecordTypes<I>['metrics'];

/**
 * An indicator of the controlled vocabulary. See {@link IndicatorSchema}.
 *
 * @example
 * ```ts
 * import type { Indicator } from 'mnd-mps-coordination';
 * const title = (indicator: Indicator) => `${indicator.label} (${indicator.unit})`;
 * ```
 * @category Records
 */
export type Indicator<I extends Ids = BundledIds> = RecordTypes<I>['indicators'];

/**
 * A recorded disagreement. See {@link ConflictSchema}.
 *
 * @example
 * ```ts
 * import type { Conflict } from 'mnd-mps-coordination';
 * const summary = (conflict: Conflict) => conflict.claims.map((claim) => claim.value).join(' vs ');
 * ```
 * @category Records
 */
export type Conflict<I extends Ids = BundledIds> = RecordTypes<I>['conflicts'];

/**
 * A retired id and its successor. See {@link RedirectSchema}.
 *
 * @example
 * ```ts
 * import type { Redirect } from 'mnd-mps-coordination';
 * const describe = (redirect: Redirect) => `${redirect.collection}/${redirect.id} -> ${redirect.to}`;
 * ```
 * @category Records
 */
export type Redirect<I extends Ids = BundledIds> = RecordTypes<I>['redirects'];

/**
 * A piece of evidence as records hold it: a quote of a bundled text, or a cited place on a page.
 *
 * @example
 * ```ts
 * import type { Evidence } from 'mnd-mps-coordination';
 * const cite = (evidence: Evidence) => (evidence.kind === 'quote' ? `"${evidence.quote}"` : `${evidence.locator}: ${evidence.note}`);
 * ```
 * @category Records
 */
export type Evidence<I extends Ids = BundledIds> = Meeting<I>['evidence'][number];

/**
 * A date as records hold it: EDTF, precision, first and last day, evidence.
 *
 * @example
 * ```ts
 * import type { FuzzyDate } from 'mnd-mps-coordination';
 * const label = (date: FuzzyDate) => `${date.edtf} (${date.precision})`;
 * ```
 * @category Records
 */
export type FuzzyDate<I extends Ids = BundledIds> = Meeting<I>['date'];

/**
 * A span of time as records hold it: a {@link FuzzyDate} that may be an interval with open ends.
 *
 * @example
 * ```ts
 * import type { Period } from 'mnd-mps-coordination';
 * const openStart = (period: Period) => period.earliest === null;
 * ```
 * @category Records
 */
export type Period<I extends Ids = BundledIds> = Metric<I>['period'];

/**
 * A reported number with its qualifier, bounds and words as written.
 *
 * @example
 * ```ts
 * import type { Quantity } from 'mnd-mps-coordination';
 * const isExact = (quantity: Quantity) => quantity.qualifier === 'exact';
 * ```
 * @category Records
 */
export type Quantity = Metric['quantity'];

/**
 * A rank as one report gives it.
 *
 * @example
 * ```ts
 * import type { RankClaim } from 'mnd-mps-coordination';
 * const show = (claim: RankClaim) => `${claim.asReported} (${claim.rank ?? 'unsettled'}) as of ${claim.asOf.edtf}`;
 * ```
 * @category Records
 */
export type RankClaim<I extends Ids = BundledIds> = Person<I>['ranks'][number];

/**
 * A position as one report gives it.
 *
 * @example
 * ```ts
 * import type { PositionClaim } from 'mnd-mps-coordination';
 * const show = (claim: PositionClaim) => `${claim.asReported}, as of ${claim.asOf.edtf}`;
 * ```
 * @category Records
 */
export type PositionClaim<I extends Ids = BundledIds> = Person<I>['positions'][number];
