import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { DeepReadonly } from '../lib/deep-freeze.js';
import type { FuzzyDate } from '../schemas/fuzzy-date.js';
import { conflictsTouching } from './internal/conflicts-touching.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { type DateInput, type DayRange, dayRange } from './internal/date-input.js';
import { latestClaims } from './internal/latest-claims.js';
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
 */
export interface PositionAt {
  readonly title: string;
  readonly organization: string | null;
  /** When it was last reported (that meeting's date). */
  readonly asOf: DeepReadonly<FuzzyDate>;
  /** True when that report lies wholly on or before the date asked about. */
  readonly certain: boolean;
  /** The claims of that report, in each wording, with their evidence. */
  readonly claims: readonly PositionClaimRecord[];
}

/**
 * What {@link positionsAt} finds.
 *
 * @example
 * ```ts
 * import { positionsAt, type PositionsAt } from 'mnd-mps-coordination';
 * const result: PositionsAt = positionsAt('nguyen-tan-cuong', '2024');
 * ```
 */
export interface PositionsAt {
  readonly person: string;
  readonly date: DayRange;
  /** Each position (title and organization), as last reported on or before the date. */
  readonly positions: readonly PositionAt[];
  /** The recorded conflicts that involve these claims. */
  readonly conflicts: readonly RecordOf<'conflicts'>[];
}

/**
 * The positions of an official at a date: each position (a title in an organization) as the
 * latest report on or before the date gives it, with its evidence, and the recorded conflicts
 * among those claims. A position that a later report does not repeat is still listed, with the
 * date it was last reported: the sources say when a position was held, not when it ended.
 *
 * @example
 * ```ts
 * import { positionsAt } from 'mnd-mps-coordination';
 * for (const position of positionsAt('nguyen-tan-cuong', '2023-06-01').positions) {
 *   console.log(position.claims.map((claim) => claim.asReported).join(' / '), 'as of', position.asOf.edtf);
 * }
 * ```
 */
export function positionsAt(personId: string, date: DateInput, options: { readonly dataset?: Dataset } = {}): PositionsAt {
  const dataset = datasetArgument(options.dataset);
  const person = requireRecord(dataset, 'people', personId, 'personId');
  const range = dayRange(date, 'date');
  const byPosition = new Map<string, PositionClaimRecord[]>();
  for (const claim of person.positions) {
    const key = `${claim.organization ?? ''}\u0000${claim.title}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), claim]);
  }
  const positions: PositionAt[] = [];
  for (const claims of byPosition.values()) {
    const latest = latestClaims(claims, range);
    const first = latest.claims[0];
    if (!latest.asOf || !first) continue;
    positions.push({ title: first.title, organization: first.organization, asOf: latest.asOf, certain: latest.asOf.latest <= range.start, claims: latest.claims });
  }
  return {
    person: person.id,
    date: range,
    positions,
    conflicts: conflictsTouching(dataset, 'people', person.id, 'positions', positions.flatMap((position) => position.claims.flatMap((claim) => claim.evidence))),
  };
}
