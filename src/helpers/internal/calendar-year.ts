/** The calendar year ("2024") a date or period lies in, or null when it is open or spans more than one year. */
export function calendarYearOf(span: {
  readonly earliest: string | null;
  readonly latest: string | null;
}): string | null {
  if (span.earliest === null || span.latest === null) return null;
  const year = span.earliest.slice(0, 4);
  return span.latest.slice(0, 4) === year ? year : null;
}
