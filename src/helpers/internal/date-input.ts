import { InvalidDateError } from '../../errors/invalid-date-error.js';
import { InvalidRangeError } from '../../errors/invalid-range-error.js';
import { utcDayOf } from '../../lib/calendar.js';
import { readEdtf } from '../../lib/edtf.js';

/**
 * A date argument: a `Date` (read as its UTC calendar day, the day `toISOString()` shows, so the
 * result is the same on every machine), or a string of the dataset's date forms: `YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`, a quarter `YYYY-33`..`YYYY-36` or a half `YYYY-40`/`YYYY-41`, optionally
 * ending in `?`, `~` or `%` (which do not change the days covered). A string covers every day it
 * denotes ("2023" is the whole year).
 *
 * @example
 * ```ts
 * import { timeline, type DateInput } from 'mnd-mps-coordination';
 * const from: DateInput = '2023';
 * const to: DateInput = new Date('2023-12-31');
 * timeline({ from, to });
 * ```
 * @category Timelines
 */
export type DateInput = string | Date;

/**
 * The first and last day (ISO `YYYY-MM-DD`) a date argument covers.
 *
 * @example
 * ```ts
 * import { rankAt, type DayRange } from 'mnd-mps-coordination';
 * const covered: DayRange = rankAt('tran-quoc-to', '2023').date; // { start: '2023-01-01', end: '2023-12-31' }
 * ```
 * @category Timelines
 */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

/** Date strings already read, so that a helper called in a loop with the same from/to reads them once. */
const readDays = new Map<string, DayRange>();
const READ_DAYS_KEPT = 256;

/** Reads a date argument; throws {@link InvalidDateError} naming the argument when it is not one. */
export function dayRange(value: unknown, argument: string): DayRange {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new InvalidDateError(argument, value, 'the Date is invalid');
    const day = utcDayOf(value);
    return { start: day, end: day };
  }
  if (typeof value !== 'string')
    throw new InvalidDateError(
      argument,
      value,
      `expected a Date or a date string such as "2023" or "2023-02-09", got ${value === null ? 'null' : typeof value}`,
    );
  const known = readDays.get(value);
  if (known !== undefined) return known;
  const reading = readEdtf(value.trim());
  if (!reading.ok) throw new InvalidDateError(argument, value, reading.reason);
  const range = Object.freeze({
    start: reading.value.earliest as string,
    end: reading.value.latest as string,
  });
  if (readDays.size >= READ_DAYS_KEPT) readDays.clear();
  readDays.set(value, range);
  return range;
}

/** Reads optional `from`/`to` arguments into bounds; throws {@link InvalidRangeError} when `to` ends before `from` starts. */
export function dateBounds(
  from: unknown,
  to: unknown,
): { start: string | null; end: string | null } {
  const start = from === undefined ? null : dayRange(from, 'from').start;
  const end = to === undefined ? null : dayRange(to, 'to').end;
  if (start !== null && end !== null && end < start) throw new InvalidRangeError(start, end);
  return { start, end };
}

/** Whether a span [earliest, latest] (null = open) overlaps the bounds [start, end] (null = unbounded). */
export function overlaps(
  span: { readonly earliest: string | null; readonly latest: string | null },
  bounds: { start: string | null; end: string | null },
): boolean {
  const startsBeforeEnd =
    bounds.end === null || span.earliest === null || span.earliest <= bounds.end;
  const endsAfterStart =
    bounds.start === null || span.latest === null || span.latest >= bounds.start;
  return startsBeforeEnd && endsAfterStart;
}
