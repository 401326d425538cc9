/** Orders dates and periods by their first day (open starts first), then their last day (open ends last). */
export function compareDateBounds(a: { readonly earliest: string | null; readonly latest: string | null }, b: { readonly earliest: string | null; readonly latest: string | null }): number {
  const start = (a.earliest ?? '').localeCompare(b.earliest ?? '');
  if (start !== 0) return start;
  return (a.latest ?? '\uffff').localeCompare(b.latest ?? '\uffff');
}
