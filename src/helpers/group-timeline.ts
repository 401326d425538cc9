import {
  differenceInCalendarMonths,
  differenceInCalendarQuarters,
  differenceInCalendarYears,
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachYearOfInterval,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  getQuarter,
  parseISO,
} from 'date-fns';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { dateBounds, type DateInput } from './internal/date-input.js';

/**
 * The size of the buckets {@link groupTimeline} makes.
 *
 * @example
 * ```ts
 * import type { TimelineUnit } from 'mnd-mps-coordination';
 * const unit: TimelineUnit = 'quarter';
 * ```
 */
export type TimelineUnit = 'year' | 'quarter' | 'month';

/**
 * One bucket of a grouped timeline: the events dated wholly inside it, and the events whose dates
 * overlap it but reach beyond it (a meeting known only to its year, in a quarter view).
 *
 * @example
 * ```ts
 * import { groupTimeline, timeline, type TimelineBucket, type TimelineEvent } from 'mnd-mps-coordination';
 * const buckets: TimelineBucket<TimelineEvent>[] = groupTimeline(timeline(), 'year');
 * ```
 */
export interface TimelineBucket<E> {
  /** "2023", "2023-Q1" or "2023-02". */
  readonly key: string;
  /** First and last day of the bucket (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
  /** Events dated wholly inside the bucket. */
  readonly events: readonly E[];
  /** Events dated partly inside the bucket and partly outside it: they appear in every bucket they overlap. */
  readonly spanning: readonly E[];
}

/** Anything dated by first and last possible day. */
interface Dated {
  readonly date: { readonly earliest: string; readonly latest: string };
}

const UNITS = {
  year: { each: eachYearOfInterval, end: endOfYear, difference: differenceInCalendarYears, key: (day: Date) => format(day, 'yyyy') },
  quarter: { each: eachQuarterOfInterval, end: endOfQuarter, difference: differenceInCalendarQuarters, key: (day: Date) => `${format(day, 'yyyy')}-Q${getQuarter(day)}` },
  month: { each: eachMonthOfInterval, end: endOfMonth, difference: differenceInCalendarMonths, key: (day: Date) => format(day, 'yyyy-MM') },
} as const;

/**
 * Buckets dated events (such as {@link timeline}'s) by year, quarter or month, from the first to
 * the last bucket they touch (or over `from`/`to`), empty buckets included, in order. An event
 * dated wholly inside one bucket is listed in that bucket's `events`; an event whose date is
 * coarser than the buckets is not forced into one of them but listed in the `spanning` of every
 * bucket it overlaps. Events outside `from`/`to` are left out.
 *
 * @example
 * ```ts
 * import { groupTimeline, timeline } from 'mnd-mps-coordination';
 * for (const quarter of groupTimeline(timeline({ from: '2023', to: '2023' }), 'quarter', { from: '2023', to: '2023' })) {
 *   console.log(quarter.key, quarter.events.map((event) => event.label));
 * }
 * ```
 */
export function groupTimeline<E extends Dated>(events: readonly E[], unit: TimelineUnit, options: { readonly from?: DateInput; readonly to?: DateInput } = {}): TimelineBucket<E>[] {
  if (!Array.isArray(events)) throw new InvalidArgumentError('events', 'expected an array of dated events');
  const units = UNITS[unit as TimelineUnit];
  if (!units) throw new InvalidArgumentError('unit', `expected "year", "quarter" or "month", got ${JSON.stringify(unit)}`);
  const bounds = dateBounds(options.from, options.to);
  const start = bounds.start ?? events.reduce<string | null>((first, event) => (first === null || event.date.earliest < first ? event.date.earliest : first), null);
  const end = bounds.end ?? events.reduce<string | null>((last, event) => (last === null || event.date.latest > last ? event.date.latest : last), null);
  if (start === null || end === null) return [];
  const origin = parseISO(start);
  const buckets = units.each({ start: origin, end: parseISO(end) }).map((first) => ({
    key: units.key(first),
    start: format(first, 'yyyy-MM-dd'),
    end: format(units.end(first), 'yyyy-MM-dd'),
    events: [] as E[],
    spanning: [] as E[],
  }));
  for (const event of events) {
    const from = Math.max(0, units.difference(parseISO(event.date.earliest), origin));
    const to = Math.min(buckets.length - 1, units.difference(parseISO(event.date.latest), origin));
    if (from > to) continue;
    const only = buckets[from];
    if (from === to && only && event.date.earliest >= only.start && event.date.latest <= only.end) {
      only.events.push(event);
      continue;
    }
    for (let index = from; index <= to; index += 1) buckets[index]?.spanning.push(event);
  }
  return buckets;
}
