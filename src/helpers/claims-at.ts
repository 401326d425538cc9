import type { Ids } from '../core/collections.js';
import { type DateInput, type DayRange, dayRange } from '../core/dates.js';
import { compareStrings } from '../core/text.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { RankCode } from '../core/ranks.js';
import type { Conflict, PositionClaim, RankClaim } from '../schemas/collections.js';
import { groupBy } from '../core/group.js';
import { type DatasetOption, helperOptions, type QuotedOption, quotedOnlyIn } from './common.js';
import { isQuoted } from '../core/evidence.js';
import { conflictsFor } from './provenance.js';

interface DatedClaim {
  readonly asOf: { readonly earliest: string; readonly latest: string };
}

/**
 * The claims that may be the latest reported on or before a date range's end: among the claims
 * reported by then, the one known to start last, and every claim whose date may be as late as
 * that (a claim known only to its year may be later than one dated in March of that year).
 * `certain` is true when they share one date that lies wholly on or before the range's start.
 */
function latestClaims<C extends DatedClaim>(
  claims: readonly C[],
  range: DayRange,
): { claims: C[]; certain: boolean } {
  const known = claims.filter((claim) => claim.asOf.earliest <= range.end);
  if (known.length === 0) return { claims: [], certain: false };
  const starts = known.map((claim) => claim.asOf.earliest).sort(compareStrings);
  const lastStart = starts[starts.length - 1] ?? '';
  const latest = known.filter((claim) => claim.asOf.latest >= lastStart);
  const dates = new Set(latest.map((claim) => `${claim.asOf.earliest}/${claim.asOf.latest}`));
  const before = latest.every((claim) => claim.asOf.latest <= range.start);
  return { claims: latest, certain: dates.size === 1 && before };
}

/** The claims, or with `quotedOnly` those that a quote of a bundled text states. */
const quoted = <C extends { readonly evidence: readonly { readonly kind?: string }[] }>(
  claims: readonly C[],
  quotedOnly: unknown,
): readonly C[] =>
  quotedOnlyIn(quotedOnly) ? claims.filter((claim) => isQuoted(claim.evidence)) : claims;

/** The recorded conflicts about a field of a person whose claims cite any of the given evidence. */
function conflictsAbout<I extends Ids>(
  dataset: Dataset<I>,
  person: string,
  field: 'ranks' | 'positions',
  claims: readonly { readonly evidence: readonly unknown[] }[],
): Conflict<I>[] {
  const key = (evidence: unknown) => JSON.stringify(evidence);
  const cited = new Set(claims.flatMap((claim) => claim.evidence.map(key)));
  return conflictsFor('people', person, { dataset }).filter(
    (conflict) =>
      conflict.field === field &&
      conflict.claims.some((claim) => claim.evidence.some((item) => cited.has(key(item)))),
  );
}

/**
 * What a rank in force rests on: a `promotion` (a dated change of rank), a `report` (a rank a
 * report of a meeting gives, when no promotion is known before it), or the `resolution` of a
 * recorded conflict (which settles which of a report's claims holds).
 *
 * @example
 * ```ts
 * import { rankAt, type RankBasis } from 'mnd-mps-coordination';
 * const basis: RankBasis | null = rankAt('nguyen-tan-cuong', '2024-11-15').basis; // 'promotion'
 * ```
 * @category Timelines
 */
export type RankBasis = 'promotion' | 'report' | 'resolution';

/**
 * What {@link rankAt} finds: the rank in force at a date and what it rests on, the claims of the
 * latest report on or before it, the reports since that give another rank, and the recorded
 * conflicts about them.
 *
 * @example
 * ```ts
 * import { rankAt, type RankAt } from 'mnd-mps-coordination';
 * const at: RankAt = rankAt('tran-quoc-to', '2022-01-01');
 * console.log(at.rank, at.basis, at.since?.asOf.edtf);
 * ```
 * @category Timelines
 */
export interface RankAt<I extends Ids = BundledIds> {
  readonly person: I['people'];
  /** The days the date argument covers. */
  readonly date: DayRange;
  /** The rank in force: the code of the latest promotion, else of the latest report, unless a resolution settles otherwise; null when nothing settles it. */
  readonly rank: RankCode | null;
  /** The promotion or report claim the rank rests on (for a resolution, the claim it settles on); null with `rank`. */
  readonly since: RankClaim<I> | null;
  /** What the rank rests on; null with `rank`. */
  readonly basis: RankBasis | null;
  /** Reports on or after what the rank rests on, up to the date, that give another rank: kept and listed, overriding nothing. */
  readonly contradicting: readonly RankClaim<I>[];
  /** The claims of the latest report on or before the date (of every report that may be the latest, when dates are coarse). */
  readonly claims: readonly RankClaim<I>[];
  /** The distinct rank codes those claims give (null where the words do not settle it). */
  readonly ranks: readonly (RankCode | null)[];
  /** True when those claims all give the same, settled rank code. */
  readonly agreed: boolean;
  /** True when those claims share one date, wholly on or before the date asked about. */
  readonly certain: boolean;
  /** The recorded conflicts about those claims and the contradicting ones. */
  readonly conflicts: readonly Conflict<I>[];
}

/**
 * The rank of an official at a date: the rank in force, what it rests on, and every claim the
 * answer weighs, each with its date and evidence. The rules, in order:
 *
 * - a dated promotion changes the rank from its date on;
 * - a report is an observation of the rank on its date: with no promotion before it, the latest
 *   report gives the rank in force (when its claims agree);
 * - an observation that contradicts the rank in force is kept and listed (`contradicting`), and
 *   overrides it only where a recorded conflict's resolution says so;
 * - a resolved conflict's value wins over its claims.
 *
 * A date string covers its whole span ("2023" is any day of 2023): what happens during it counts.
 * With `quotedOnly`, the answer weighs only claims that a quote of a bundled text states.
 *
 * @throws {@link UnknownIdError} for an unknown person and {@link InvalidArgumentError} for a
 * date that is not one.
 * @example
 * ```ts
 * import { rankAt } from 'mnd-mps-coordination';
 * const at = rankAt('nguyen-tan-cuong', '2025-01-15');
 * console.log(at.rank, at.basis, at.since?.asOf.edtf, at.contradicting.map((claim) => claim.asReported));
 * ```
 * @category Timelines
 */
export function rankAt<I extends Ids = BundledIds>(
  person: I['people'],
  date: DateInput,
  options?: DatasetOption<I> & QuotedOption,
): RankAt<I> {
  const given = helperOptions(options, ['quotedOnly']);
  const { dataset } = given;
  const record = dataset.get('people', person, 'person');
  const range = dayRange(date, 'date');
  const weighed = quoted(record.ranks, given.quotedOnly);
  const reports = weighed.filter((claim) => claim.kind === 'reported');
  const { claims, certain } = latestClaims(reports, range);
  // The latest promotion that may have happened by the end of the range.
  const promotion = weighed
    .filter((claim) => claim.kind === 'promotion' && claim.asOf.earliest <= range.end)
    .sort((a, b) => compareStrings(a.asOf.earliest, b.asOf.earliest))
    .at(-1);
  // The reports since that promotion (every report, without one), up to the range's end, and the
  // latest of them: the latest observation.
  const since = reports.filter(
    (claim) =>
      claim.asOf.earliest <= range.end &&
      (promotion === undefined || claim.asOf.latest >= promotion.asOf.earliest),
  );
  const observed = latestClaims(since, range).claims;
  const conflicts = conflictsAbout(dataset, record.id, 'ranks', [...claims, ...since]);
  // A resolved conflict about the latest observation names the claim that holds.
  const resolved = conflicts
    .filter((conflict) => conflict.resolution !== null)
    .flatMap((conflict) =>
      observed.filter((claim) => claim.asReported === conflict.resolution?.value),
    )[0];
  const codes = [...new Set(observed.map((claim) => claim.rank))];
  let inForce: { since: RankClaim<I>; basis: RankBasis; weighs: readonly RankClaim<I>[] } | null =
    null;
  if (resolved?.rank && resolved.rank !== promotion?.rank)
    inForce = { since: resolved, basis: 'resolution', weighs: since };
  else if (promotion !== undefined)
    inForce = { since: promotion, basis: 'promotion', weighs: since };
  else if (codes.length === 1 && codes[0] !== null && observed[0])
    inForce = { since: observed[0], basis: 'report', weighs: observed };
  const rank = inForce?.since.rank ?? null;
  // What the rank in force was weighed against: the reports since the promotion, or the latest one.
  const contradicting = (inForce?.weighs ?? []).filter(
    (claim) => claim.rank !== null && claim.rank !== rank,
  );
  const ranks = [...new Set(claims.map((claim) => claim.rank))];
  return {
    person: record.id,
    date: range,
    rank,
    since: inForce?.since ?? null,
    basis: inForce?.basis ?? null,
    contradicting,
    claims,
    ranks,
    agreed: ranks.length === 1 && ranks[0] !== null,
    certain,
    conflicts,
  };
}

/**
 * One position an official held, as last reported on or before a date.
 *
 * @example
 * ```ts
 * import { positionsAt, type PositionAt } from 'mnd-mps-coordination';
 * const held: readonly PositionAt[] = positionsAt('tran-quoc-to', '2023-06-01').positions;
 * ```
 * @category Timelines
 */
export interface PositionAt<I extends Ids = BundledIds> {
  readonly title: string;
  readonly organization: I['organizations'] | null;
  /** What the position rests on: a dated `appointment` to it, or the latest `report` that gives it. */
  readonly basis: 'appointment' | 'report';
  /** The appointment or report claim it rests on. */
  readonly since: PositionClaim<I>;
  /** The claims of its latest report, in every wording, each with its date and evidence. */
  readonly claims: readonly PositionClaim<I>[];
  /** True when that report's date is one, wholly on or before the date asked about. */
  readonly certain: boolean;
  /** True when the official's latest report on or before the date repeats this position; false for a position last reported earlier. */
  readonly current: boolean;
}

/**
 * What {@link positionsAt} finds.
 *
 * @example
 * ```ts
 * import { positionsAt, type PositionsAt } from 'mnd-mps-coordination';
 * const result: PositionsAt = positionsAt('nguyen-tan-cuong', '2024');
 * ```
 * @category Timelines
 */
export interface PositionsAt<I extends Ids = BundledIds> {
  readonly person: I['people'];
  readonly date: DayRange;
  /** Each position (a title in an organization), as last reported on or before the date. */
  readonly positions: readonly PositionAt<I>[];
  /** The recorded conflicts about these claims. */
  readonly conflicts: readonly Conflict<I>[];
}

/**
 * The positions of an official at a date: each position (a title in an organization) as the
 * latest report on or before the date gives it, with its evidence, whether the official's latest
 * report repeats it (`current`), and the recorded conflicts among those claims. The sources say
 * when a position was reported, not when it ended, so a position a later report does not repeat
 * is still listed, with `current: false`. A short form without an organization ("Deputy
 * Minister") joins the position of the same title that the same report names with one.
 *
 * @example
 * ```ts
 * import { positionsAt } from 'mnd-mps-coordination';
 * for (const position of positionsAt('nguyen-tan-cuong', '2023-06-01').positions) {
 *   console.log(position.claims.map((claim) => claim.asReported).join(' / '), position.current ? '(current)' : '(earlier)');
 * }
 * ```
 * @category Timelines
 */
export function positionsAt<I extends Ids = BundledIds>(
  person: I['people'],
  date: DateInput,
  options?: DatasetOption<I> & QuotedOption,
): PositionsAt<I> {
  const given = helperOptions(options, ['quotedOnly']);
  const { dataset } = given;
  const record = dataset.get('people', person, 'person');
  const range = dayRange(date, 'date');
  const claims = quoted(record.positions, given.quotedOnly);
  const latestReport = new Set(latestClaims(claims, range).claims.map((claim) => claim.meeting));
  const organizationOf = (claim: PositionClaim<I>) => {
    if (claim.organization !== null) return claim.organization;
    const sameReport = claims.filter(
      (other) => other.meeting === claim.meeting && other.title === claim.title,
    );
    const named = new Set(sameReport.flatMap((other) => other.organization ?? []));
    return named.size === 1 ? ([...named][0] ?? null) : null;
  };
  const groups = groupBy(claims, (claim) => `${organizationOf(claim) ?? ''}\u0000${claim.title}`);
  const positions = [...groups.values()].flatMap((group): PositionAt<I>[] => {
    const { claims: latest, certain } = latestClaims(group, range);
    const [first] = latest;
    if (!first) return [];
    const organization = latest.find((claim) => claim.organization !== null)?.organization ?? null;
    const current = latest.some((claim) => latestReport.has(claim.meeting));
    // An appointment on or before the latest report of the position is what it rests on.
    const appointed = group
      .filter((claim) => claim.kind === 'appointment' && claim.asOf.earliest <= range.end)
      .sort((a, b) => compareStrings(a.asOf.earliest, b.asOf.earliest))
      .at(-1);
    const since = appointed ?? first;
    const basis = appointed === undefined ? ('report' as const) : ('appointment' as const);
    return [{ title: first.title, organization, basis, since, claims: latest, certain, current }];
  });
  const cited = positions.flatMap((position) => position.claims);
  const conflicts = conflictsAbout(dataset, record.id, 'positions', cited);
  return { person: record.id, date: range, positions, conflicts };
}
