import type { Ids } from '../core/collections.js';
import { compareStrings } from '../core/text.js';
import { groupBy } from '../core/group.js';
import type { BundledIds } from '../generated/ids.js';
import { type DatasetOption, helperOptions, keptUnlessFiltered } from './common.js';

const PAIRS = Symbol('co-chair pairs');
import { MEETING_FILTER_KEYS, type MeetingFilter, meetingsMatching } from './filters.js';

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
