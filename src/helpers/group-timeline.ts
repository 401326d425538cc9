import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { daysInMonth, digits, isIsoDay, isoDay } from '../lib/calendar.js';
import { dateBounds, type DateInput, overlaps } from './internal/date-input.js';
import { optionsArgument } from './internal/options-argument.js';

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
 * One bucket of a grouped timeline: the events dated wholly inside it, and the events whose dates
 * overlap it but reach beyond it (a meeting known only to its year, in a quarter view).
 *
 * @example
 * ```ts
 * import { groupTimeline, timeline, type TimelineBucket, type TimelineEvent } from 'mnd-mps-coordination';
 * const buckets: TimelineBucket<TimelineEvent>[] = groupTimeline(timeline(), 'year');
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
 * Anything {@link groupTimeline} can bucket: something dated by its first and last possible day
 * (YYYY-MM-DD), null for an open end (a period "up to" a date). Timeline events are; so is
 * `{ date: metric.period }`.
 *
 * @example
 * ```ts
 * import { groupTimeline, metrics, type Dated } from 'mnd-mps-coordination';
 * const periods: Dated[] = metrics.map((metric) => ({ date: metric.period }));
 * groupTimeline(periods, 'year');
 * ```
 * @category Timelines
 */
export interface Dated {
  readonly date: { readonly earliest: string | null; readonly latest: string | null };
}

/** Months per bucket. */
const UNIT_MONTHS: Readonly<Record<TimelineUnit, number>> = { year: 12, quarter: 3, month: 1 };

/** Months since year 0 of a `YYYY-MM-DD` day (read from its digits: this runs for every event). */
const monthNumber = (day: string) => digits(day, 0, 4) * 12 + digits(day, 5, 7) - 1;

/** The (empty) bucket `index` units after January of year 0. */
function bucketAt<E>(
  index: number,
  unit: TimelineUnit,
): TimelineBucket<E> & { events: E[]; spanning: E[] } {
  const size = UNIT_MONTHS[unit];
  const first = index * size;
  const last = first + size - 1;
  const year = Math.floor(first / 12);
  const month = (first % 12) + 1;
  const endYear = Math.floor(last / 12);
  const endMonth = (last % 12) + 1;
  const key =
    unit === 'year'
      ? String(year).padStart(4, '0')
      : unit === 'quarter'
        ? `${String(year).padStart(4, '0')}-Q${(month + 2) / 3}`
        : isoDay(year, month, 1).slice(0, 7);
  return {
    key,
    start: isoDay(year, month, 1),
    end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)),
    events: [],
    spanning: [],
  };
}

/** The first and last days the events mention, checking each event on the way (in one pass). */
function eventRange(events: unknown): {
  earliest: string | null;
  latest: string | null;
  lastEarliest: string | null;
  firstLatest: string | null;
} {
  if (!Array.isArray(events))
    throw new InvalidArgumentError('events', 'expected an array of dated events');
  const valid = (bound: unknown): bound is string | null =>
    bound === null || (typeof bound === 'string' && isIsoDay(bound));
  let earliest: string | null = null;
  let lastEarliest: string | null = null;
  let latest: string | null = null;
  let firstLatest: string | null = null;
  for (let index = 0; index < events.length; index += 1) {
    const date = (events[index] as { date?: unknown } | null | undefined)?.date as
      Record<string, unknown> | undefined;
    if (!date || typeof date !== 'object' || !valid(date.earliest) || !valid(date.latest)) {
      throw new InvalidArgumentError(
        `events[${index}]`,
        'expected an object with date.earliest and date.latest, each a YYYY-MM-DD day or null',
      );
    }
    const { earliest: start, latest: end } = date;
    if (start !== null) {
      if (earliest === null || start < earliest) earliest = start;
      if (lastEarliest === null || start > lastEarliest) lastEarliest = start;
    }
    if (end !== null) {
      if (latest === null || end > latest) latest = end;
      if (firstLatest === null || end < firstLatest) firstLatest = end;
    }
  }
  return { earliest, latest, lastEarliest, firstLatest };
}

/**
 * Buckets dated events (such as {@link timeline}'s) by year, quarter or month, in order, from the
 * first bucket they touch to the last (or over `from`/`to`), empty buckets included. An event dated
 * wholly inside one bucket is listed in that bucket's `events`; an event whose date is coarser than
 * the buckets, or open-ended, is not forced into one of them but listed in the `spanning` of every
 * bucket it overlaps. Events that do not overlap `from`/`to` are left out.
 *
 * @example
 * ```ts
 * import { groupTimeline, timeline } from 'mnd-mps-coordination';
 * for (const quarter of groupTimeline(timeline({ from: '2023', to: '2023' }), 'quarter', { from: '2023', to: '2023' })) {
 *   console.log(quarter.key, quarter.events.map((event) => event.label));
 * }
 * ```
 * @category Timelines
 */
export function groupTimeline<E extends Dated>(
  events: readonly E[],
  unit: TimelineUnit,
  options?: { readonly from?: DateInput; readonly to?: DateInput },
): TimelineBucket<E>[] {
  const range = eventRange(events);
  if (typeof unit !== 'string' || !Object.hasOwn(UNIT_MONTHS, unit))
    throw new InvalidArgumentError(
      'unit',
      `expected "year", "quarter" or "month", got ${JSON.stringify(unit)}`,
    );
  const { from, to } = optionsArgument(options);
  const bounds = dateBounds(from, to);
  const start = bounds.start ?? range.earliest ?? range.firstLatest;
  const end = bounds.end ?? range.latest ?? range.lastEarliest;
  if (start === null || end === null || end < start) return [];
  const size = UNIT_MONTHS[unit];
  const first = Math.floor(monthNumber(start) / size);
  const count = Math.floor(monthNumber(end) / size) - first + 1;
  const buckets: (TimelineBucket<E> & { events: E[]; spanning: E[] })[] = [];
  for (let offset = 0; offset < count; offset += 1) buckets.push(bucketAt<E>(first + offset, unit));
  for (const event of events) {
    if (!overlaps(event.date, { start, end })) continue;
    const { earliest, latest } = event.date;
    const from =
      earliest === null ? 0 : Math.max(0, Math.floor(monthNumber(earliest) / size) - first);
    const to =
      latest === null
        ? count - 1
        : Math.min(count - 1, Math.floor(monthNumber(latest) / size) - first);
    const only = buckets[from];
    if (
      from === to &&
      only &&
      earliest !== null &&
      latest !== null &&
      earliest >= only.start &&
      latest <= only.end
    )
      only.events.push(event);
    else for (let index = from; index <= to; index += 1) buckets[index]?.spanning.push(event);
  }
  return buckets;
}
