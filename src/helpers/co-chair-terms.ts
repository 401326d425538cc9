import type { Ids } from '../core/collections.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { FuzzyDate, Meeting } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';
import { MEETING_FILTER_KEYS, type MeetingFilter, meetingsMatching } from './filters.js';

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
