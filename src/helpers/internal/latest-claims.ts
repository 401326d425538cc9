import type { DayRange } from './date-input.js';

interface DatedClaim {
  readonly asOf: { readonly earliest: string; readonly latest: string };
}

/**
 * The claims that may be the latest reported on or before a date range's end: among the claims
 * reported by then, the one known to start last, and every claim whose date may be as late as
 * that (a claim known only to its year may be later than one dated in March of that year).
 * `certain` is true when they share one date that lies wholly on or before the range's start.
 */
export function latestClaims<C extends DatedClaim>(
  claims: readonly C[],
  range: DayRange,
): { claims: C[]; certain: boolean } {
  const known = claims.filter((claim) => claim.asOf.earliest <= range.end);
  if (known.length === 0) return { claims: [], certain: false };
  const lastStart = known.reduce(
    (latest, claim) => (claim.asOf.earliest > latest ? claim.asOf.earliest : latest),
    known[0]?.asOf.earliest as string,
  );
  const latest = known.filter((claim) => claim.asOf.latest >= lastStart);
  const dates = new Set(latest.map((claim) => `${claim.asOf.earliest}/${claim.asOf.latest}`));
  const certain = dates.size === 1 && latest.every((claim) => claim.asOf.latest <= range.start);
  return { claims: latest, certain };
}
