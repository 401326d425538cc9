/**
 * Calendar days as ISO `YYYY-MM-DD` strings, with arithmetic on year and month numbers and the
 * platform's UTC calendar (`Date.UTC`, `getUTC*`), so that no result depends on the machine's time
 * zone. Local-time arithmetic does (date-fns included): some zones skipped whole days, such as
 * 31 December 1994 in Kiritimati and 30 December 2011 in Samoa, and a day that does not exist at
 * local midnight turns into the next one.
 */

/** A calendar day's parts. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The number of days in a month (1-12) of a year, from the UTC calendar. */
export function daysInMonth(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(2000, 0, 1));
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getUTCDate();
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` for a day's parts. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A `YYYY-MM-DD` string's parts, or null when it is not a calendar day. */
export function parseIsoDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
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
