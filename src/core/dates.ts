/**
 * Dates as the dataset writes them: ISO `YYYY-MM-DD` days, and the small subset of EDTF that
 * dates and periods use. Calendar work is done by date-fns on UTC dates (`@date-fns/utc`), so
 * that no result depends on the machine's time zone: in local time some zones skipped whole
 * days (31 December 1994 in Kiritimati, 30 December 2011 in Samoa).
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { endOfMonth } from 'date-fns/endOfMonth';
import { formatISO } from 'date-fns/formatISO';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { parseISO } from 'date-fns/parseISO';
import { InvalidArgumentError } from './errors.js';
import { ensure } from './options.js';
import { compareStrings, shown } from './text.js';
import { DATE_PRECISIONS, type DatePrecision } from './vocabulary.js';

/** What an EDTF string of the supported subset denotes. */
export interface EdtfReading {
  /** Precision of the date, or of the coarsest closed end of an interval. */
  readonly precision: DatePrecision;
  /** First day covered (`YYYY-MM-DD`), or null for an open start (`../...`). */
  readonly earliest: string | null;
  /** Last day covered (`YYYY-MM-DD`), or null for an open end (`.../..`). */
  readonly latest: string | null;
}

/** The supported forms, for messages. */
export const EDTF_FORMS =
  'YYYY, YYYY-MM, YYYY-MM-DD, a quarter YYYY-33..YYYY-36 or a half YYYY-40/YYYY-41, optionally ending in ?, ~ or %';

/** date-fns' context for calendar work in UTC: dates it makes are UTC dates. */
const utc = (value: Date | number | string) => new UTCDateMini(value);

/** A `YYYY-MM-DD` day as a UTC date. */
export const utcDay = (day: string): Date => parseISO(day, { in: utc });

/** The `YYYY-MM-DD` of a date's UTC calendar day. */
export const isoDay = (date: Date): string => formatISO(date, { in: utc, representation: 'date' });

/** The first day of the month `firstMonth` and the last of `lastMonth` (1-12) of a year. */
function monthsSpan(year: string, firstMonth: number, lastMonth: number) {
  const month = (number: number) => `${year}-${String(number).padStart(2, '0')}-01`;
  return { earliest: month(firstMonth), latest: isoDay(endOfMonth(utcDay(month(lastMonth)))) };
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;

function readSingle(text: string): EdtfReading | string {
  const match = SINGLE.exec(text);
  if (!match) return `${shown(text)} is not a date of the accepted forms (${EDTF_FORMS})`;
  const [, year = '', month, day] = match;
  if (month === undefined) return { precision: 'year', ...monthsSpan(year, 1, 12) };
  const code = Number(month);
  if (day === undefined && code >= 33 && code <= 36) {
    const quarter = code - 32;
    return { precision: 'quarter', ...monthsSpan(year, quarter * 3 - 2, quarter * 3) };
  }
  if (day === undefined && (code === 40 || code === 41)) {
    const half = code - 39;
    return { precision: 'half', ...monthsSpan(year, half * 6 - 5, half * 6) };
  }
  if (code < 1 || code > 12)
    return `${shown(text)} has month ${month}: use 01-12, 33-36 for quarters or 40-41 for halves (without a day)`;
  if (day === undefined) return { precision: 'month', ...monthsSpan(year, code, code) };
  const number = Number(day);
  if (number < 1 || number > getDaysInMonth(utcDay(`${year}-${month}-01`)))
    return `${shown(text)} is not a calendar date`;
  const iso = `${year}-${month}-${day}`;
  return { precision: 'day', earliest: iso, latest: iso };
}

/**
 * Reads an EDTF string of the subset the dataset uses: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, quarters
 * `YYYY-33`..`YYYY-36`, halves `YYYY-40` and `YYYY-41`, each optionally ending in `?`
 * (uncertain), `~` (approximate) or `%` (both), which do not change the days covered; and, when
 * `allowInterval` is set, intervals `A/B` of such dates with `..` for an open end. Returns the
 * reading, or why the string is outside the subset.
 */
export function readEdtf(edtf: string, allowInterval = false): EdtfReading | string {
  if (!edtf.includes('/')) return readSingle(edtf);
  const parts = edtf.split('/');
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(edtf))
    return `${shown(edtf)} looks like day/month/year: write it year first, as ${EDTF_FORMS}`;
  if (!allowInterval) return `${shown(edtf)} is an interval; a date is one of ${EDTF_FORMS}`;
  const [startText = '', endText = ''] = parts;
  if (parts.length !== 2) return `${shown(edtf)} has more than one "/"`;
  if (startText === '..' && endText === '..') return `${shown(edtf)} is open at both ends`;
  const start = startText === '..' ? null : readSingle(startText);
  const end = endText === '..' ? null : readSingle(endText);
  if (typeof start === 'string') return start;
  if (typeof end === 'string') return end;
  const closed = [start, end].filter((part) => part !== null);
  const precision = closed
    .map((part) => part.precision)
    .reduce((a, b) => (DATE_PRECISIONS.indexOf(b) > DATE_PRECISIONS.indexOf(a) ? b : a));
  const earliest = start?.earliest ?? null;
  const latest = end?.latest ?? null;
  if (earliest !== null && latest !== null && earliest > latest)
    return `${shown(edtf)} ends (${latest}) before it starts (${earliest})`;
  return { precision, earliest, latest };
}

/**
 * A date argument of a helper: a string of the dataset's date forms (it covers every day it
 * denotes: "2023" is the whole year), or a `Date`, which stands for its UTC calendar day (the day
 * `toISOString()` shows), so that an answer is the same on every machine. To mean a calendar day
 * whatever the time zone, write the string (`'2023-02-09'`) or build the `Date` in UTC
 * (`new Date(Date.UTC(2023, 1, 9))`): `new Date(2023, 1, 9)` is local midnight, which is
 * 8 February in UTC east of Greenwich.
 *
 * @example
 * ```ts
 * import { timeline, type DateInput } from 'mnd-mps-coordination';
 * const from: DateInput = '2023';
 * const to: DateInput = new Date(Date.UTC(2023, 11, 31));
 * timeline({ from, to });
 * ```
 * @category Timelines
 */
export type DateInput = string | Date;

/**
 * The first and last day (ISO `YYYY-MM-DD`) that a date argument covers.
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

/** Reads a date argument; throws {@link InvalidArgumentError} naming the argument when it is not one. */
export function dayRange(value: unknown, argument: string): DayRange {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()))
      throw new InvalidArgumentError(argument, 'the Date is invalid');
    if (year < 0 || year > 9999)
      throw new InvalidArgumentError(
        argument,
        `the Date is in year ${year}; dates run from year 0 to 9999`,
      );
    const day = isoDay(value);
    return { start: day, end: day };
  }
  ensure(typeof value === 'string', argument, `a Date or a date string (${EDTF_FORMS})`, value);
  const reading = readEdtf(value.trim());
  if (typeof reading === 'string') throw new InvalidArgumentError(argument, reading);
  return { start: reading.earliest as string, end: reading.latest as string };
}

/** Reads optional `from`/`to` arguments into the span they bound; `to` may not end before `from` starts. */
export function dateBounds(from: unknown, to: unknown): Span {
  const start = from === undefined ? null : dayRange(from, 'from').start;
  const end = to === undefined ? null : dayRange(to, 'to').end;
  if (start !== null && end !== null && end < start)
    throw new InvalidArgumentError('to', `the range ends (${end}) before it starts (${start})`);
  return { earliest: start, latest: end };
}

/**
 * A span of days, as dates and periods give it: its first and last day (`YYYY-MM-DD`), null where
 * it is open.
 *
 * @example
 * ```ts
 * import type { Span } from 'mnd-mps-coordination';
 * const upToNow: Span = { earliest: null, latest: '2025-01-15' };
 * ```
 * @category Timelines
 */
export interface Span {
  readonly earliest: string | null;
  readonly latest: string | null;
}

/** Whether two spans share a day. */
export function overlaps(span: Span, other: Span): boolean {
  return (
    (other.latest === null || span.earliest === null || span.earliest <= other.latest) &&
    (other.earliest === null || span.latest === null || span.latest >= other.earliest)
  );
}

/** Orders spans by their first day (open starts first), then their last day (open ends last). */
export function compareSpans(a: Span, b: Span): number {
  return (
    compareStrings(a.earliest ?? '', b.earliest ?? '') ||
    compareStrings(a.latest ?? '\uffff', b.latest ?? '\uffff')
  );
}

/** The calendar year ("2024") a span lies in, or null when it is open or spans years. */
export function calendarYear(span: Span): string | null {
  if (span.earliest === null || span.latest === null) return null;
  const year = span.earliest.slice(0, 4);
  return span.latest.slice(0, 4) === year ? year : null;
}
