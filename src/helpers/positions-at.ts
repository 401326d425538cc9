import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { PersonId, RetiredPersonId } from '../generated/people.js';
import { conflictsTouching } from './internal/conflicts-touching.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { type DateInput, type DayRange, dayRange } from './internal/date-input.js';
import { latestClaims } from './internal/latest-claims.js';
import { optionsArgument } from './internal/options-argument.js';
import { requireRecord } from './internal/record-index.js';

type PositionClaimRecord = RecordOf<'people'>['positions'][number];

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
export interface PositionAt {
  readonly title: string;
  readonly organization: string | null;
  /** The claims of its latest report, in every wording, each with its date and evidence. */
  readonly claims: readonly PositionClaimRecord[];
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
export interface PositionsAt {
  readonly person: string;
  readonly date: DayRange;
  /** Each position (a title in an organization), as last reported on or before the date. */
  readonly positions: readonly PositionAt[];
  /** The recorded conflicts about these claims. */
  readonly conflicts: readonly RecordOf<'conflicts'>[];
}

/**
 * Groups claims by position (organization and title). A short form without an organization
 * ("Deputy Minister") joins the position of the same title that the same report names with an
 * organization, when there is exactly one.
 */
function byPosition(claims: readonly PositionClaimRecord[]): PositionClaimRecord[][] {
  const organizationOf = (claim: PositionClaimRecord) => {
    if (claim.organization !== null) return claim.organization;
    const named = new Set(
      claims
        .filter(
          (other) =>
            other.meeting === claim.meeting &&
            other.title === claim.title &&
            other.organization !== null,
        )
        .map((other) => other.organization),
    );
    return named.size === 1 ? ([...named][0] as string) : null;
  };
  const groups = new Map<string, PositionClaimRecord[]>();
  for (const claim of claims) {
    const key = `${organizationOf(claim) ?? ''}\u0000${claim.title}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()];
}

/**
 * The positions of an official at a date: each position (a title in an organization) as the
 * latest report on or before the date gives it, with its evidence, whether the official's latest
 * report repeats it (`current`), and the recorded conflicts among those claims. The sources say
 * when a position was reported, not when it ended, so a position that a later report does not
 * repeat is still listed, with `current: false`.
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
export function positionsAt(personId: PersonId | RetiredPersonId, date: DateInput): PositionsAt;
export function positionsAt(
  personId: string,
  date: DateInput,
  options: { readonly dataset: Dataset },
): PositionsAt;
export function positionsAt(
  personId: string,
  date: DateInput,
  options?: { readonly dataset?: Dataset },
): PositionsAt {
  const dataset = datasetArgument(optionsArgument(options).dataset);
  const person = requireRecord(dataset, 'people', personId, 'personId');
  const range = dayRange(date, 'date');
  const latestReport = new Set(
    latestClaims(person.positions, range).claims.map((claim) => claim.meeting),
  );
  const positions: PositionAt[] = [];
  for (const group of byPosition(person.positions)) {
    const { claims, certain } = latestClaims(group, range);
    const first = claims[0];
    if (!first) continue;
    const organization = claims.find((claim) => claim.organization !== null)?.organization ?? null;
    positions.push({
      title: first.title,
      organization,
      claims,
      certain,
      current: claims.some((claim) => latestReport.has(claim.meeting)),
    });
  }
  return {
    person: person.id,
    date: range,
    positions,
    conflicts: conflictsTouching(
      dataset,
      'people',
      person.id,
      'positions',
      positions.flatMap((position) => position.claims.flatMap((claim) => claim.evidence)),
    ),
  };
}
