import type { Ids } from '../core/collections.js';
import {
  compareSpans,
  compareStrings,
  dateBounds,
  type DateInput,
  overlaps,
} from '../core/dates.js';
import { oneOf } from '../core/options.js';
import { MEETING_KINDS, SCOPE_LEVELS } from '../core/vocabulary.js';
import { type Dataset, liveIdIn } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Meeting } from '../schemas/collections.js';
import { isQuoted } from '../core/evidence.js';
import { quotedOnlyIn } from './common.js';
import { placeIdsWithin } from './places.js';
import { inferredFacts } from './provenance.js';

/**
 * Which meetings to take, as options of {@link meetingStats} and {@link coChairPairs}: every
 * condition given must hold.
 *
 * @example
 * ```ts
 * import { meetingStats, type MeetingFilter } from 'mnd-mps-coordination';
 * const filter: MeetingFilter = { from: '2021', level: 'national' };
 * meetingStats({ by: 'year', ...filter });
 * ```
 * @category Aggregations
 */
export interface MeetingFilter<I extends Ids = BundledIds> {
  /** Meetings whose date overlaps this date or later. */
  readonly from?: DateInput;
  /** Meetings whose date overlaps this date or earlier. */
  readonly to?: DateInput;
  readonly kind?: Meeting['kind'];
  readonly level?: Meeting['level'];
  /** Meetings this person chaired or attended. */
  readonly person?: I['people'];
  /** Meetings that implement or review this document. */
  readonly document?: I['documents'];
  /** Meetings held in this place or a place inside it, or with a site there. */
  readonly place?: I['places'];
  /** Only meetings that a quote of a bundled text reports (not those known from cited pages alone). */
  readonly quotedOnly?: boolean;
}

/** The keys of {@link MeetingFilter}, for checking options. */
export const MEETING_FILTER_KEYS = [
  'from',
  'to',
  'kind',
  'level',
  'person',
  'document',
  'place',
  'quotedOnly',
] as const;

/** Everyone a meeting names: co-chairs, site chairs and participants. */
export const peopleAt = <I extends Ids>(meeting: Meeting<I>): Set<I['people']> =>
  new Set([
    ...meeting.coChairs,
    ...meeting.sites.flatMap((site) => site.chairs),
    ...meeting.participants.flatMap((participant) => participant.person ?? []),
  ]);

/** The ids of the meetings whose date the curator inferred (listed with a `*`). */
export function meetingsDatedByInference<I extends Ids>(dataset: Dataset<I>): Set<string> {
  const facts = inferredFacts({ dataset });
  const dates = facts.filter((fact) => fact.collection === 'meetings' && fact.field === 'date');
  return new Set(dates.map((fact) => fact.id));
}

/** The meetings of a dataset that pass a filter, earliest first (then by id). */
export function filterMeetings<I extends Ids>(
  dataset: Dataset<I>,
  filter: { readonly [K in (typeof MEETING_FILTER_KEYS)[number]]?: unknown },
): Meeting<I>[] {
  const bounds = dateBounds(filter.from, filter.to);
  const kind = filter.kind === undefined ? undefined : oneOf(filter.kind, MEETING_KINDS, 'kind');
  const level = filter.level === undefined ? undefined : oneOf(filter.level, SCOPE_LEVELS, 'level');
  const person = liveIdIn(dataset, 'people', filter.person, 'person');
  const document = liveIdIn(dataset, 'documents', filter.document, 'document');
  const places =
    filter.place === undefined ? undefined : placeIdsWithin(dataset, filter.place as string);
  const inPlace = (id: string | null) => places === undefined || (id !== null && places.has(id));
  const quotedOnly = quotedOnlyIn(filter.quotedOnly);
  return dataset.meetings
    .filter(
      (meeting) =>
        overlaps(meeting.date, bounds) &&
        (kind === undefined || meeting.kind === kind) &&
        (level === undefined || meeting.level === level) &&
        (person === undefined || peopleAt(meeting).has(person)) &&
        (document === undefined || meeting.documents.includes(document)) &&
        (inPlace(meeting.place) || meeting.sites.some((site) => inPlace(site.place))) &&
        (!quotedOnly || isQuoted(meeting.evidence)),
    )
    .sort((a, b) => compareSpans(a.date, b.date) || compareStrings(a.id, b.id));
}
