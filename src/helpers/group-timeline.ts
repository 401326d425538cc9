import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import { eachQuarterOfInterval } from 'date-fns/eachQuarterOfInterval';
import { eachYearOfInterval } from 'date-fns/eachYearOfInterval';
import { endOfMonth } from 'date-fns/endOfMonth';
import { getQuarter } from 'date-fns/getQuarter';
import { dateBounds, type DateInput, isoDay, overlaps, type Span, utcDay } from '../core/dates.js';
import { InvalidArgumentError } from '../core/errors.js';
import { getOrMake } from '../core/group.js';
import { oneOf, readOptions } from '../core/options.js';

/**
 * The size of the buckets {@link groupTimeline} makes.
 *
 * @example
 * ```ts
 * import type { TimelineUnit } from 'mnd-mps-coordination';
 * const unit: TimelineUnit = 'quarter';
 * ```
 * @category Timelines
 */
export type TimelineUnit = 'year' | 'quarter' | 'month';

/**
 * One bucket of a grouped timeline.
 *
 * @example
 * ```ts
 * import { groupTimeline, timeline, type TimelineBucket, type TimelineEvent } from 'mnd-mps-coordination';
 * const years: TimelineBucket<TimelineEvent>[] = groupTimeline(timeline(), 'year');
 * ```
 * @category Timelines
 */
export interface TimelineBucket<E> {
  /** "2023", "2023-Q1" or "2023-02". */
  readonly key: string;
  /** First and last day of the bucket (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
  /** Events dated wholly inside the bucket. */
  readonly events: readonly E[];
  /** Events dated partly inside the bucket and partly outside it (or open-ended): they appear in every bucket they overlap. */
  readonly spanning: readonly E[];
}

/**
 * Anything with a date span: timeline events, meetings, claims.
 *
 * @example
 * ```ts
 * import { groupTimeline, type Dated } from 'mnd-mps-coordination';
 * const items: Dated[] = [{ date: { earliest: '2023-02-09', latest: '2023-02-09' } }];
 * groupTimeline(items, 'month');
 * ```
 * @category Timelines
 */
export interface Dated {
  readonly date: Span;
}

/** Each unit: how many months a bucket spans, the buckets of an interval, and a bucket's key. */
const UNITS = {
  year: { months: 12, each: eachYearOfInterval, key: (date: Date) => isoDay(date).slice(0, 4) },
  quarter: {
    months: 3,
    each: eachQuarterOfInterval,
    key: (date: Date) => `${isoDay(date).slice(0, 4)}-Q${getQuarter(date)}`,
  },
  month: { months: 1, each: eachMonthOfInterval, key: (date: Date) => isoDay(date).slice(0, 7) },
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The most buckets a grouping makes (10,000: a thousand years by month is 12,000). */
const MAX_BUCKETS = 10_000;

/**
 * Groups dated events by year, quarter or month (UTC calendar), from the first bucket to the
 * last that the events (or `from`/`to`) reach, empty buckets included. An event dated wholly
 * inside one bucket is in its `events`; an event coarser than the buckets (a meeting known only
 * to its year, grouped by quarter) or open-ended is in the `spanning` of every bucket it
 * overlaps, never forced into one (in the order such events begin). At most 10,000 buckets; the
 * buckets that span the same events share one frozen list, so the work grows with the events,
 * the buckets and the places where what spans changes, not with their product.
 *
 * @throws {@link InvalidArgumentError} for events without dates, a unit that is not one, a range
 * that ends before it starts, or more than 10,000 buckets.
 * @example
 * ```ts
 * import { groupTimeline, timeline } from 'mnd-mps-coordination';
 * for (const quarter of groupTimeline(timeline({ from: '2023', to: '2023' }), 'quarter', { from: '2023', to: '2023' })) {
 *   console.log(quarter.key, quarter.events.length, quarter.spanning.length);
 * }
 * ```
 * @category Timelines
 */
export function groupTimeline<E extends Dated>(
  events: readonly E[],
  unit: TimelineUnit,
  options?: { readonly from?: DateInput; readonly to?: DateInput },
): TimelineBucket<E>[] {
  if (!Array.isArray(events))
    throw new InvalidArgumentError('events', 'expected a list of dated events');
  const { months, each, key } = UNITS[oneOf(unit, Object.keys(UNITS) as TimelineUnit[], 'unit')];
  const given = readOptions(options, ['from', 'to']);
  const bounds = dateBounds(given.from, given.to);
  let first: string | null = null;
  let last: string | null = null;
  events.forEach((event: unknown, index) => {
    const date = (event as Partial<Dated> | null)?.date;
    const valid = (day: unknown) => day === null || (typeof day === 'string' && DAY.test(day));
    if (!date || !valid(date.earliest) || !valid(date.latest))
      throw new InvalidArgumentError(
        `events[${index}]`,
        'expected an object with date.earliest and date.latest, each a YYYY-MM-DD day or null',
      );
    for (const day of [date.earliest, date.latest].filter((day) => day !== null)) {
      if (first === null || day < first) first = day;
      if (last === null || day > last) last = day;
    }
  });
  const start = bounds.earliest ?? first;
  const end = bounds.latest ?? last;
  if (start === null || end === null || end < start) return [];
  const origin = utcDay(start);
  const bucketOf = (day: string) =>
    Math.floor(
      (differenceInCalendarMonths(utcDay(day), origin) + (origin.getUTCMonth() % months)) / months,
    );
  const count = bucketOf(end) + 1;
  if (count > MAX_BUCKETS)
    throw new InvalidArgumentError(
      'unit',
      `from ${start} to ${end} by ${unit} is ${count.toLocaleString('en')} buckets; at most ${MAX_BUCKETS.toLocaleString('en')}: narrow from and to, or group by a longer unit`,
    );
  const inside = Array.from({ length: count }, (): E[] => []);
  // Where each event that spans buckets starts spanning (+) and stops (-): a sweep then makes each
  // bucket's spanning list, one list shared by consecutive buckets that span the same events, so
  // the work is the events and the buckets, not their product.
  const changes = new Map<number, { add: E[]; remove: Set<E> }>();
  const change = (bucket: number) =>
    getOrMake(changes, bucket, () => ({ add: [], remove: new Set<E>() }));
  for (const event of events) {
    if (!overlaps(event.date, { earliest: start, latest: end })) continue;
    const { earliest, latest } = event.date;
    const firstBucket = Math.max(0, earliest === null ? 0 : bucketOf(earliest));
    const lastBucket = Math.min(count - 1, latest === null ? count - 1 : bucketOf(latest));
    // Dated wholly inside one bucket (which overlapping the range puts among the buckets).
    if (earliest !== null && latest !== null && bucketOf(earliest) === bucketOf(latest)) {
      inside[firstBucket]?.push(event);
      continue;
    }
    change(firstBucket).add.push(event);
    if (lastBucket + 1 < count) change(lastBucket + 1).remove.add(event);
  }
  let spanning: readonly E[] = [];
  return each({ start: origin, end: utcDay(end) }).map((date, index) => {
    const at = changes.get(index);
    if (at)
      spanning = Object.freeze([...spanning.filter((event) => !at.remove.has(event)), ...at.add]);
    return {
      key: key(date),
      start: isoDay(date),
      end: isoDay(endOfMonth(addMonths(date, months - 1))),
      events: inside[index] ?? [],
      spanning,
    };
  });
}
