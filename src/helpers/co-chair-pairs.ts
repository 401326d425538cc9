import type { Dataset } from '../dataset/dataset.js';
import { compareDateBounds } from '../lib/compare-dates.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { optionsArgument } from './internal/options-argument.js';

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
export interface CoChairPair {
  /** The two person ids, in alphabetical order. */
  readonly people: readonly [string, string];
  readonly names: readonly [string, string];
  readonly count: number;
  /** The meetings' ids, earliest first. */
  readonly meetings: readonly string[];
}

/**
 * Who co-chaired with whom, how often and at which meetings: every pair of a meeting's
 * `coChairs`, most frequent first.
 *
 * @example
 * ```ts
 * import { coChairPairs } from 'mnd-mps-coordination';
 * const [top] = coChairPairs();
 * console.log(top?.names, top?.count); // ['Nguyen Tan Cuong', 'Tran Quoc To'] 3
 * ```
 * @category Aggregations
 */
export function coChairPairs(options?: { readonly dataset?: Dataset }): CoChairPair[] {
  const dataset = datasetArgument(optionsArgument(options).dataset);
  const names = new Map(dataset.people.map((person) => [person.id, person.name]));
  const pairs = new Map<string, { people: [string, string]; meetings: string[] }>();
  for (const meeting of [...dataset.meetings].sort(
    (a, b) => compareDateBounds(a.date, b.date) || a.id.localeCompare(b.id),
  )) {
    const chairs = [...new Set(meeting.coChairs)].sort();
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
    .sort((a, b) => b.count - a.count || a.people.join().localeCompare(b.people.join()));
}
