import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { PersonId, RetiredPersonId } from '../generated/people.js';
import type { RankCode } from '../schemas/rank.js';
import { conflictsTouching } from './internal/conflicts-touching.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { type DateInput, type DayRange, dayRange } from './internal/date-input.js';
import { latestClaims } from './internal/latest-claims.js';
import { optionsArgument } from './internal/options-argument.js';
import { requireRecord } from './internal/record-index.js';

/**
 * What {@link rankAt} finds: the rank claims in force at a date (those of the latest report on or
 * before it), whether they agree, and any recorded conflict among them.
 *
 * @example
 * ```ts
 * import { rankAt, type RankAt } from 'mnd-mps-coordination';
 * const at: RankAt = rankAt('tran-quoc-to', '2022-01-01');
 * ```
 * @category Timelines
 */
export interface RankAt {
  readonly person: string;
  /** The days the date argument covers. */
  readonly date: DayRange;
  /** The claims of the latest report on or before the date (of every report that may be the latest, when dates are coarse), each with its date and evidence. */
  readonly claims: readonly RecordOf<'people'>['ranks'][number][];
  /** The distinct rank codes they give (null where the words do not settle it). */
  readonly ranks: readonly (RankCode | null)[];
  /** True when there are claims and they all give the same, settled rank code. */
  readonly agreed: boolean;
  /** True when the claims share one date, wholly on or before the date asked about. */
  readonly certain: boolean;
  /** The recorded conflicts about these claims. */
  readonly conflicts: readonly RecordOf<'conflicts'>[];
}

/**
 * The rank of an official at a date, as the latest report on or before it gives it: its claims
 * with their dates and evidence, whether they agree, and the recorded conflicts between them.
 * Before the first report there are no claims. A date string covers its whole span ("2023" means
 * any day of 2023), so a claim reported during it counts, with `certain: false`; so does a report
 * whose coarse date may or may not come after another's.
 *
 * @example
 * ```ts
 * import { rankAt } from 'mnd-mps-coordination';
 * const at = rankAt('nguyen-tan-cuong', '2025-02-01');
 * console.log(at.ranks, at.agreed, at.conflicts.map((conflict) => conflict.note)); // two ranks, a recorded contradiction
 * ```
 * @category Timelines
 */
export function rankAt(personId: PersonId | RetiredPersonId, date: DateInput): RankAt;
export function rankAt(
  personId: string,
  date: DateInput,
  options: { readonly dataset: Dataset },
): RankAt;
export function rankAt(
  personId: string,
  date: DateInput,
  options?: { readonly dataset?: Dataset },
): RankAt {
  const dataset = datasetArgument(optionsArgument(options).dataset);
  const person = requireRecord(dataset, 'people', personId, 'personId');
  const range = dayRange(date, 'date');
  const { claims, certain } = latestClaims(person.ranks, range);
  const ranks = [...new Set(claims.map((claim) => claim.rank))];
  return {
    person: person.id,
    date: range,
    claims,
    ranks,
    agreed: ranks.length === 1 && ranks[0] !== null,
    certain,
    conflicts: conflictsTouching(
      dataset,
      'people',
      person.id,
      'ranks',
      claims.flatMap((claim) => claim.evidence),
    ),
  };
}
