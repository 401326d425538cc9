import type { Ids } from '../core/collections.js';
import { compareStrings } from '../core/dates.js';
import type { BundledIds } from '../generated/ids.js';
import { type DatasetOption, helperOptions } from './common.js';
import { filterMeetings, MEETING_FILTER_KEYS, type MeetingFilter } from './meeting-filter.js';

/**
 * Two people who co-chaired (or co-presided over) meetings together.
 *
 * @example
 * ```ts
 * import { coChairPairs, type CoChairPair } from 'mnd-mps-coordination';
 * const pairs: CoChairPair[] = coChairPairs();
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
): CoChairPair<I>[] {
  const given = helperOptions(options, MEETING_FILTER_KEYS);
  const names = new Map(given.dataset.people.map((person) => [person.id as string, person.name]));
  const pairs = new Map<
    string,
    { people: [I['people'], I['people']]; meetings: I['meetings'][] }
  >();
  for (const meeting of filterMeetings(given.dataset, given)) {
    const chairs = [...new Set(meeting.coChairs)].sort(compareStrings);
    chairs.forEach((first, index) => {
      for (const second of chairs.slice(index + 1)) {
        const key = `${first}\u0000${second}`;
        const pair = pairs.get(key) ?? { people: [first, second], meetings: [] };
        pair.meetings.push(meeting.id);
        pairs.set(key, pair);
      }
    });
  }
  return [...pairs.values()]
    .map(({ people, meetings }) => ({
      people,
      names: [names.get(people[0]) ?? people[0], names.get(people[1]) ?? people[1]] as [
        string,
        string,
      ],
      count: meetings.length,
      meetings,
    }))
    .sort((a, b) => b.count - a.count || compareStrings(a.people.join(), b.people.join()));
}
