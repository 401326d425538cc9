/**
 * Calendar days as ISO `YYYY-MM-DD` strings, with arithmetic on year and month numbers (the
 * proleptic Gregorian calendar, as the platform's UTC functions count) and `getUTC*` for `Date`s,
 * so that no result depends on the machine's time zone. Local-time arithmetic does (date-fns
 * included): some zones skipped whole days, such as 31 December 1994 in Kiritimati and
 * 30 December 2011 in Samoa, and a day that does not exist at local midnight turns into the next
 * one.
 */

/** A calendar day's parts. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The number of days in a month (1-12) of a year, in the proleptic Gregorian calendar (as `Date.UTC` counts). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const HYPHEN = 45;
const ZERO = 48;

/** The number written by the ASCII digits text[start..end), or -1 if any is not a digit. */
export function digits(text: string, start: number, end: number): number {
  let number = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` for a day's parts. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A `YYYY-MM-DD` string's parts, or null when it is not a calendar day. */
export function parseIsoDay(text: string): CalendarDay | null {
  return isIsoDay(text)
    ? { year: digits(text, 0, 4), month: digits(text, 5, 7), day: digits(text, 8, 10) }
    : null;
}

/** Whether text is a real calendar day written YYYY-MM-DD (read from its characters, allocating nothing). */
export function isIsoDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN)
    return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The first and last day of the months `firstMonth` to `lastMonth` (1-12) of a year. */
export function monthsSpan(year: number, firstMonth: number, lastMonth: number): [string, string] {
  return [isoDay(year, firstMonth, 1), isoDay(year, lastMonth, daysInMonth(year, lastMonth))];
}

/** The calendar day a `Date` falls on in UTC (what `toISOString()` shows). */
export function utcDayOf(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(text: string): string {
  const { year, month, day } = parseIsoDay(text) as CalendarDay;
  if (day < daysInMonth(year, month)) return isoDay(year, month, day + 1);
  return month < 12 ? isoDay(year, month + 1, 1) : isoDay(year + 1, 1, 1);
}
