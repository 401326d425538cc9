import type { Dataset } from '../dataset/dataset.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { compareDateBounds } from '../lib/compare-dates.js';
import { calendarYearOf } from './internal/calendar-year.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { optionsArgument } from './internal/options-argument.js';

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
 * How many meetings share a year, kind, participant or document, and which.
 *
 * @example
 * ```ts
 * import { meetingStats, type MeetingCount } from 'mnd-mps-coordination';
 * const counts: MeetingCount[] = meetingStats({ by: 'kind' });
 * ```
 * @category Aggregations
 */
export interface MeetingCount {
  /** The year ("2023", "multi-year" when the date spans years), kind, person id or document id. */
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** The meetings' ids, earliest first. */
  readonly meetings: readonly string[];
}

const GROUPINGS: readonly MeetingGrouping[] = ['year', 'kind', 'person', 'document'];

/**
 * Counts meetings per year (of the meeting's date), kind, person (anyone the reports place at
 * the meeting, in any role) or document (implemented or reviewed). Years and kinds are listed in
 * key order; people and documents by count, most first.
 *
 * @example
 * ```ts
 * import { meetingStats } from 'mnd-mps-coordination';
 * meetingStats({ by: 'person' }).map((row) => `${row.label}: ${row.count}`); // ['Nguyen Tan Cuong: 3', 'Tran Quoc To: 3', ...]
 * ```
 * @category Aggregations
 */
export function meetingStats(options: {
  readonly by: MeetingGrouping;
  readonly dataset?: Dataset;
}): MeetingCount[] {
  const { by, dataset: given } = optionsArgument(options);
  if (by === undefined || !GROUPINGS.includes(by))
    throw new InvalidArgumentError(
      'by',
      `expected one of ${GROUPINGS.join(', ')}, got ${JSON.stringify(by)}`,
    );
  const dataset = datasetArgument(given);
  const labels = new Map<string, string>(
    by === 'person'
      ? dataset.people.map((person) => [person.id, person.name])
      : by === 'document'
        ? dataset.documents.map((document) => [document.id, document.title])
        : [],
  );
  const groups = new Map<string, Set<string>>();
  const add = (key: string, meeting: string) => {
    const set = groups.get(key);
    if (set) set.add(meeting);
    else groups.set(key, new Set([meeting]));
  };
  for (const meeting of [...dataset.meetings].sort(
    (a, b) => compareDateBounds(a.date, b.date) || a.id.localeCompare(b.id),
  )) {
    if (by === 'year') add(calendarYearOf(meeting.date) ?? 'multi-year', meeting.id);
    if (by === 'kind') add(meeting.kind, meeting.id);
    if (by === 'document') for (const document of meeting.documents) add(document, meeting.id);
    if (by === 'person') {
      const people = [
        ...meeting.coChairs,
        ...meeting.sites.flatMap((site) => site.chairs),
        ...meeting.participants.flatMap((participant) =>
          participant.person ? [participant.person] : [],
        ),
      ];
      for (const person of people) add(person, meeting.id);
    }
  }
  const byCount = by === 'person' || by === 'document';
  return [...groups]
    .map(([key, meetings]) => ({
      key,
      label: labels.get(key) ?? key,
      count: meetings.size,
      meetings: [...meetings],
    }))
    .sort((a, b) => (byCount ? b.count - a.count : 0) || a.key.localeCompare(b.key));
}
