import { compareDateBounds } from '../../lib/compare-dates.js';
import type { DayRange } from './date-input.js';

/** The claims reported last on or before a date range's end, and their date (null when none is). */
export function latestClaims<C extends { readonly asOf: { readonly earliest: string; readonly latest: string } }>(claims: readonly C[], range: DayRange): { asOf: C['asOf'] | null; claims: C[] } {
  const known = claims.filter((claim) => claim.asOf.earliest <= range.end);
  const latest = known.reduce<C | null>((best, claim) => (best === null || compareDateBounds(claim.asOf, best.asOf) > 0 ? claim : best), null);
  if (!latest) return { asOf: null, claims: [] };
  return { asOf: latest.asOf, claims: known.filter((claim) => compareDateBounds(claim.asOf, latest.asOf) === 0) };
}
