import type { Ids } from '../core/collections.js';
import { compareSpans, dateBounds, type DateInput, overlaps } from '../core/dates.js';
import { isQuoted } from '../core/evidence.js';
import { groupBy } from '../core/group.js';
import { oneOf } from '../core/options.js';
import { compareStrings } from '../core/text.js';
import { MEETING_KINDS, SCOPE_LEVELS } from '../core/vocabulary.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Meeting } from '../schemas/collections.js';
import { type DatasetOption, helperOptions, quotedOnlyIn } from './common.js';
import { placeIdsWithin } from './places.js';

/**
 * Which meetings to take: every condition given must hold. {@link filterMeetings} applies it, and
 * {@link meetingStats} and {@link coChairPairs} take it as options.
 *
 * @example
 * ```ts
 * import { filterMeetings, type MeetingFilter } from 'mnd-mps-coordination';
 * const filter: MeetingFilter = { from: '2021', level: 'national' };
 * filterMeetings(filter).map((meeting) => meeting.id);
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

const IN_ORDER = Symbol('meetings by date');
const BY_PERSON = Symbol('meetings by person');

/** A dataset's meetings, earliest first (then by id): sorted once. */
const inOrder = <I extends Ids>(dataset: Dataset<I>) =>
  dataset.built(IN_ORDER, (all) =>
    [...all.meetings].sort((a, b) => compareSpans(a.date, b.date) || compareStrings(a.id, b.id)),
  );

/** Each person's meetings, earliest first: indexed once. */
const byPerson = <I extends Ids>(dataset: Dataset<I>) =>
  dataset.built(BY_PERSON, (all) => groupBy(inOrder(all), (meeting) => [...peopleAt(meeting)]));

/**
 * The meetings that pass a filter, earliest first (then by id). Each option narrows the result;
 * none means every meeting.
 *
 * @throws {@link InvalidArgumentError} for an option that is not one, a value of the wrong kind
 * or a range that ends before it starts, and {@link UnknownIdError} for an unknown person,
 * document or place.
 * @example
 * ```ts
 * import { filterMeetings } from 'mnd-mps-coordination';
 * for (const meeting of filterMeetings({ person: 'tran-quoc-to', from: '2022' })) console.log(meeting.date.edtf, meeting.title);
 * ```
 * @category Aggregations
 */
export function filterMeetings<I extends Ids = BundledIds>(
  options?: MeetingFilter<I> & DatasetOption<I>,
): Meeting<I>[] {
  const given = helperOptions(options, MEETING_FILTER_KEYS);
  return meetingsMatching(given.dataset, given);
}

/** The meetings of a dataset that pass a filter (its values not yet checked), earliest first. */
export function meetingsMatching<I extends Ids>(
  dataset: Dataset<I>,
  filter: { readonly [K in (typeof MEETING_FILTER_KEYS)[number]]?: unknown },
): Meeting<I>[] {
  const bounds = dateBounds(filter.from, filter.to);
  const kind = filter.kind === undefined ? undefined : oneOf(filter.kind, MEETING_KINDS, 'kind');
  const level = filter.level === undefined ? undefined : oneOf(filter.level, SCOPE_LEVELS, 'level');
  const person =
    filter.person === undefined ? undefined : dataset.get('people', filter.person, 'person').id;
  const document =
    filter.document === undefined
      ? undefined
      : dataset.get('documents', filter.document, 'document').id;
  const places =
    filter.place === undefined ? undefined : placeIdsWithin(dataset, filter.place, 'place');
  const inPlace = (id: string | null) => places === undefined || (id !== null && places.has(id));
  const quotedOnly = quotedOnlyIn(filter.quotedOnly);
  // Start from the person's meetings (indexed) when a person is asked for, not from every meeting.
  const candidates =
    person === undefined ? inOrder(dataset) : (byPerson(dataset).get(person) ?? []);
  return candidates.filter(
    (meeting) =>
      overlaps(meeting.date, bounds) &&
      (kind === undefined || meeting.kind === kind) &&
      (level === undefined || meeting.level === level) &&
      (document === undefined || meeting.documents.includes(document)) &&
      (inPlace(meeting.place) || meeting.sites.some((site) => inPlace(site.place))) &&
      (!quotedOnly || isQuoted(meeting.evidence)),
  );
}
