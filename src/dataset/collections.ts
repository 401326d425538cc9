import type * as z from 'zod';
import type { DeepReadonly } from '../lib/deep-freeze.js';
import { type CollectionName, ConflictSchema } from '../schemas/conflict.js';
import { DocumentSchema } from '../schemas/document.js';
import { IndicatorSchema } from '../schemas/indicator.js';
import { MeetingSchema } from '../schemas/meeting.js';
import { MetricSchema } from '../schemas/metric.js';
import { OrganizationSchema } from '../schemas/organization.js';
import { PersonSchema } from '../schemas/person.js';
import { RedirectSchema } from '../schemas/redirect.js';
import { SourceSchema } from '../schemas/source.js';

export { COLLECTION_NAMES } from '../lib/vocabulary.js';

/**
 * The zod schema each collection's records are parsed with, by collection name.
 *
 * @example
 * ```ts
 * import { COLLECTION_SCHEMAS } from 'mnd-mps-coordination';
 * COLLECTION_SCHEMAS.meetings.safeParse({}).success; // false
 * ```
 * @category Records
 */
export const COLLECTION_SCHEMAS = {
  sources: SourceSchema,
  organizations: OrganizationSchema,
  people: PersonSchema,
  documents: DocumentSchema,
  meetings: MeetingSchema,
  metrics: MetricSchema,
  indicators: IndicatorSchema,
  conflicts: ConflictSchema,
  redirects: RedirectSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/**
 * The (read-only) record type of a collection, as helpers return it for any dataset.
 *
 * @example
 * ```ts
 * import type { RecordOf } from 'mnd-mps-coordination';
 * const title = (meeting: RecordOf<'meetings'>) => meeting.title;
 * ```
 * @category Records
 */
export type RecordOf<C extends CollectionName> = DeepReadonly<
  z.infer<(typeof COLLECTION_SCHEMAS)[C]>
>;

/**
 * Every record of a dataset, by collection, read-only: the shape of the bundled data and of what
 * `createDataset` returns.
 *
 * @example
 * ```ts
 * import type { DatasetRecords } from 'mnd-mps-coordination';
 * const meetingCount = (records: DatasetRecords) => records.meetings.length;
 * ```
 * @category Records
 */
export type DatasetRecords = { readonly [C in CollectionName]: readonly RecordOf<C>[] };
