import { getYear, parseISO } from 'date-fns';

/** The calendar year ("2024") a date or period lies in, or null when it is open or spans more than one year. */
export function calendarYearOf(span: { readonly earliest: string | null; readonly latest: string | null }): string | null {
  if (span.earliest === null || span.latest === null) return null;
  const first = getYear(parseISO(span.earliest));
  return first === getYear(parseISO(span.latest)) ? String(first) : null;
}
