import type { CollectionName, Ids } from '../core/collections.js';
import { groupBy } from '../core/group.js';
import type { DatasetRecords } from '../dataset.js';

const CLAIM_DATE = "the date of the claim's meeting";
const LEVEL = (of: string) => `national without a place, else the level of the ${of}'s place`;

/**
 * The fields computed from other records. A value given for one in the input (as in a bundled
 * record copied into a new dataset with fewer metrics) is replaced by the computed one; authored
 * files may not hold them at all.
 */
export const DERIVED_FIELDS: readonly {
  readonly collection: CollectionName;
  readonly path: readonly string[];
  readonly rule: string;
  /** Derived only where this sibling field is not null (a claim's asOf, when it has a meeting). */
  readonly whenSet?: string;
}[] = [
  { collection: 'people', path: ['ranks', '*', 'asOf'], rule: CLAIM_DATE, whenSet: 'meeting' },
  { collection: 'people', path: ['positions', '*', 'asOf'], rule: CLAIM_DATE, whenSet: 'meeting' },
  { collection: 'meetings', path: ['level'], rule: LEVEL('meeting') },
  { collection: 'metrics', path: ['scope', 'level'], rule: LEVEL('scope') },
  {
    collection: 'meetings',
    path: ['metrics'],
    rule: 'the ids of the metrics whose meeting is this one',
  },
  {
    collection: 'sources',
    path: ['reports'],
    rule: 'the ids of the meetings that list this source',
  },
];

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/**
 * Fills the derived fields of parsed records in place: each claim's `asOf` (its meeting's date,
 * for a claim with a meeting), the `level` of meetings and scopes (from their place), each
 * meeting's `metrics` and each source's `reports`, as sorted id lists. Linear in the
 * records, given that they are sorted by id.
 */
export function deriveFields(records: DatasetRecords<Ids>): void {
  const meetings = new Map(records.meetings.map((meeting) => [meeting.id, meeting]));
  for (const person of records.people)
    for (const claim of [...person.ranks, ...person.positions]) {
      const date = claim.meeting === null ? undefined : meetings.get(claim.meeting)?.date;
      if (date) (claim as Mutable<typeof claim>).asOf = date;
    }
  const places = new Map(records.places.map((place) => [place.id, place.level]));
  // A country is not a level of scope: the places-fit rule refuses one, and it reads as national here.
  const levelOf = (place: string | null) => {
    const level = place === null ? undefined : places.get(place);
    return level === undefined || level === 'country' ? 'national' : level;
  };
  for (const meeting of records.meetings)
    (meeting as Mutable<typeof meeting>).level = levelOf(meeting.place);
  for (const metric of records.metrics)
    (metric.scope as Mutable<typeof metric.scope>).level = levelOf(metric.scope.place);
  const ids = (list: readonly { readonly id: string }[] = []) => list.map((item) => item.id);
  const metricsOf = groupBy(records.metrics, (metric) => metric.meeting);
  for (const meeting of records.meetings)
    (meeting as Mutable<typeof meeting>).metrics = ids(metricsOf.get(meeting.id));
  const reportsOf = groupBy(records.meetings, (meeting) => meeting.sources);
  for (const source of records.sources)
    (source as Mutable<typeof source>).reports = ids(reportsOf.get(source.id));
}
