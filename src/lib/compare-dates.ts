/**
 * Orders strings by their UTF-16 code units. ISO days and kebab-case ids order correctly this way,
 * and it is many times faster than `localeCompare`.
 */
export function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Orders dates and periods by their first day (open starts first), then their last day (open ends last). */
export function compareDateBounds(
  a: { readonly earliest: string | null; readonly latest: string | null },
  b: { readonly earliest: string | null; readonly latest: string | null },
): number {
  return (
    compareStrings(a.earliest ?? '', b.earliest ?? '') ||
    compareStrings(a.latest ?? '\uffff', b.latest ?? '\uffff')
  );
}
