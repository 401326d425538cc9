import type { Ids } from '../core/collections.js';
import { calendarYear } from '../core/dates.js';
import { compareStrings } from '../core/text.js';
import { groupBy } from '../core/group.js';
import { oneOf } from '../core/options.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { FuzzyDate, Meeting } from '../schemas/collections.js';
import { type DatasetOption, helperOptions, keptUnlessFiltered } from './common.js';
import { MEETING_FILTER_KEYS, type MeetingFilter, meetingsMatching, peopleAt } from './filters.js';

/**
 * What {@link meetingStats} counts meetings by.
 *
 * @example
 * ```ts
 * import type { MeetingGrouping } from 'mnd-mps-coordination';
 * const by: MeetingGrouping = 'person';
 * ```
 * @category Aggregations
 */
export type MeetingGrouping = 'year' | 'kind' | 'person' | 'document';

/**
 * How many meetings share a year, kind, person or document, and which.
 *
 * @example
 * ```ts
 * import { meetingStats, type MeetingCount } from 'mnd-mps-coordination';
 * const rows: readonly MeetingCount[] = meetingStats({ by: 'kind' });
 * ```
 * @category Aggregations
 */
export interface MeetingCount<I extends Ids = BundledIds> {
  /** The year ("2023", "multi-year" when the date spans years), kind, person id or document id. */
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** The meetings' ids, earliest first. */
  readonly meetings: readonly I['meetings'][];
}

const GROUPINGS: readonly MeetingGrouping[] = ['year', 'kind', 'person', 'document'];
const COUNTS = Symbol('meeting counts');

/**
 * Counts meetings (narrowed by the {@link MeetingFilter} options) by year, kind, person (everyone
 * who chaired or attended) or document. Years and kinds come in key order; people and documents
 * most frequent first.
 *
 * @example
 * ```ts
 * import { meetingStats } from 'mnd-mps-coordination';
 * for (const row of meetingStats({ by: 'person', from: '2020' })) console.log(row.label, row.count);
 * ```
 * @category Aggregations
 */
export function meetingStats<I extends Ids = BundledIds>(
  options: { readonly by: MeetingGrouping } & MeetingFilter<I> & DatasetOption<I>,
): readonly MeetingCount<I>[] {
  const given = helperOptions(options, ['by', ...MEETING_FILTER_KEYS]);
  const by = oneOf(given.by, GROUPINGS, 'by');
  const { dataset } = given;
  const keysOf: Record<MeetingGrouping, (meeting: Meeting<I>) => string | readonly string[]> = {
    year: (meeting) => calendarYear(meeting.date) ?? 'multi-year',
    kind: (meeting) => meeting.kind,
    person: (meeting) => peopleAt(dataset, meeting),
    document: (meeting) => meeting.documents,
  };
  const labelOf = (key: string) => {
    if (by === 'person') return dataset.find('people', key)?.name ?? key;
    if (by === 'document') return dataset.find('documents', key)?.title ?? key;
    return key;
  };
  const count = () => {
    const groups = groupBy(meetingsMatching(dataset, given), keysOf[by]);
    const byCount = by === 'person' || by === 'document';
    return [...groups]
      .map(([key, meetings]) => {
        const ids = meetings.map((meeting) => meeting.id);
        return { key, label: labelOf(key), count: ids.length, meetings: ids };
      })
      .sort((a, b) => (byCount ? b.count - a.count : 0) || compareStrings(a.key, b.key));
  };
  return keptUnlessFiltered(given, MEETING_FILTER_KEYS, COUNTS, by, count);
}

const PAIRS = Symbol('co-chair pairs');

/**
 * Two people who co-chaired (or co-presided over) meetings together.
 *
 * @example
 * ```ts
 * import { coChairPairs, type CoChairPair } from 'mnd-mps-coordination';
 * const pairs: readonly CoChairPair[] = coChairPairs();
 * ```
 * @category Aggregations
 */
export interface CoChairPair<I extends Ids = BundledIds> {
  /** The two person ids, in alphabetical order. */
  readonly people: readonly [I['people'], I['people']];
  readonly names: readonly [string, string];
  readonly count: number;
  /** The meetings' ids, earliest first. */
  readonly meetings: readonly I['meetings'][];
}

/**
 * Who co-chaired with whom, how often and at which meetings (narrowed by the
 * {@link MeetingFilter} options): every pair of a meeting's `coChairs`, most frequent first.
 *
 * @example
 * ```ts
 * import { coChairPairs } from 'mnd-mps-coordination';
 * for (const pair of coChairPairs({ level: 'national' })) console.log(pair.names.join(' & '), pair.count);
 * ```
 * @category Aggregations
 */
export function coChairPairs<I extends Ids = BundledIds>(
  options?: MeetingFilter<I> & DatasetOption<I>,
): readonly CoChairPair<I>[] {
  const given = helperOptions(options, MEETING_FILTER_KEYS);
  const nameOf = (id: string) => given.dataset.find('people', id)?.name ?? id;
  const pairsOf = (chairs: readonly I['people'][]) => {
    const sorted = [...new Set(chairs)].sort(compareStrings);
    return sorted.flatMap((first, index) =>
      sorted.slice(index + 1).map((second) => `${first}\u0000${second}`),
    );
  };
  const count = () =>
    [...groupBy(meetingsMatching(given.dataset, given), (meeting) => pairsOf(meeting.coChairs))]
      .map(([key, meetings]) => {
        const people = key.split('\u0000') as [I['people'], I['people']];
        const names: [string, string] = [nameOf(people[0]), nameOf(people[1])];
        const ids = meetings.map((meeting) => meeting.id);
        return { people, names, count: ids.length, meetings: ids };
      })
      .sort((a, b) => b.count - a.count || compareStrings(a.people.join(), b.people.join()));
  return keptUnlessFiltered(given, MEETING_FILTER_KEYS, PAIRS, '', count);
}

/**
 * A meeting that opens or closes a term: its id and date.
 *
 * @example
 * ```ts
 * import { coChairTerms, type TermMeeting } from 'mnd-mps-coordination';
 * const first: TermMeeting | undefined = coChairTerms()[0]?.first;
 * ```
 * @category Timelines
 */
export interface TermMeeting<I extends Ids = BundledIds> {
  readonly meeting: I['meetings'];
  readonly date: FuzzyDate<I>;
}

/**
 * One person's term as a co-chair for one body: the first and last meeting they co-chaired for
 * it, and every meeting in between that they co-chaired.
 *
 * @example
 * ```ts
 * import { coChairTerms, type CoChairTerm } from 'mnd-mps-coordination';
 * const terms: readonly CoChairTerm[] = coChairTerms();
 * ```
 * @category Timelines
 */
export interface CoChairTerm<I extends Ids = BundledIds> {
  readonly person: I['people'];
  readonly name: string;
  /**
   * The body they co-chaired for, from the positions the reports give them at those meetings:
   * the ministry, at a national meeting; the local body, at a provincial one. Null where the
   * reports give no position that says.
   */
  readonly organization: I['organizations'] | null;
  readonly first: TermMeeting<I>;
  readonly last: TermMeeting<I>;
  /** Every meeting of the term, earliest first. */
  readonly meetings: readonly I['meetings'][];
}

/** The body a co-chair stood for at a meeting, from their positions there (see {@link CoChairTerm}). */
function standingFor<I extends Ids>(
  dataset: Dataset<I>,
  person: I['people'],
  meeting: Meeting<I>,
): I['organizations'] | null {
  const bodies = dataset
    .get('people', person)
    .positions.filter((claim) => claim.meeting === meeting.id && claim.organization !== null)
    .map((claim) => dataset.get('organizations', claim.organization as string));
  if (meeting.place !== null) return bodies.find((body) => body.place !== null)?.id ?? null;
  for (const body of bodies) {
    // Up the bodies a source says each lies in, to a ministry; a cycle is refused by validation.
    for (let at: typeof body | undefined = body; at;)
      if (at.kind === 'ministry') return at.id;
      else at = at.parent === null ? undefined : dataset.find('organizations', at.parent);
  }
  return null;
}

/**
 * Who co-chaired the coordination, for which body, and from when to when: a term per person and
 * body, with its first and last meeting and every meeting between, earliest term first. National
 * meetings by default; the {@link MeetingFilter} options choose others (`level: 'province'`, a
 * place, a range of dates).
 *
 * @throws {@link InvalidArgumentError} for an option that is not one, and {@link UnknownIdError}
 * for an unknown person, document or place.
 * @example
 * ```ts
 * import { coChairTerms } from 'mnd-mps-coordination';
 * for (const term of coChairTerms()) console.log(term.name, term.organization, term.first.date.edtf, term.last.date.edtf);
 * ```
 * @category Timelines
 */
export function coChairTerms<I extends Ids = BundledIds>(
  options?: MeetingFilter<I> & DatasetOption<I>,
): readonly CoChairTerm<I>[] {
  const given = helperOptions(options, MEETING_FILTER_KEYS);
  const { dataset } = given;
  const terms = new Map<
    string,
    { person: I['people']; organization: I['organizations'] | null; meetings: Meeting<I>[] }
  >();
  for (const meeting of meetingsMatching(dataset, { level: 'national', ...given }))
    for (const person of new Set(meeting.coChairs)) {
      const organization = standingFor(dataset, person, meeting);
      const key = `${person}\u0000${organization ?? ''}`;
      const term = terms.get(key) ?? { person, organization, meetings: [] };
      term.meetings.push(meeting);
      terms.set(key, term);
    }
  // Meetings come earliest first, so terms are made in the order they begin.
  return [...terms.values()].map(({ person, organization, meetings }) => {
    const first = meetings[0] as Meeting<I>;
    const last = meetings[meetings.length - 1] as Meeting<I>;
    return {
      person,
      name: dataset.get('people', person).name,
      organization,
      first: { meeting: first.id, date: first.date },
      last: { meeting: last.id, date: last.date },
      meetings: meetings.map((meeting) => meeting.id),
    };
  });
}
