import { InvalidArgumentError } from '../core/errors.js';
import { QUALIFIER_RULES, quantityIssues } from '../core/quantity.js';
import type { Qualifier } from '../core/vocabulary.js';

/**
 * A total of reported quantities as an interval: its bounds (null when unknown), whether each
 * bound is exclusive, and the qualifier that describes it.
 *
 * @example
 * ```ts
 * import { sumQuantities, type QuantitySum } from 'mnd-mps-coordination';
 * const total: QuantitySum = sumQuantities([]);
 * total.qualifier; // 'exact' (0)
 * ```
 * @category Aggregations
 */
export interface QuantitySum {
  /** The exact total, when every part is exact; otherwise null. */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerExclusive: boolean;
  readonly upperExclusive: boolean;
  /** exact; more-than / at-least (only a lower bound); less-than / up-to (only an upper bound); between (both); unknown (neither). */
  readonly qualifier:
    'exact' | 'more-than' | 'at-least' | 'less-than' | 'up-to' | 'between' | 'unknown';
  /** How many quantities were summed. */
  readonly count: number;
}

/**
 * The parts of a quantity that {@link sumQuantities} adds: a metric's `quantity`, or any object
 * with the same value, qualifier and bounds.
 *
 * @example
 * ```ts
 * import { sumQuantities, type Summand } from 'mnd-mps-coordination';
 * const parts: Summand[] = [{ value: 53, qualifier: 'exact', lower: 53, upper: 53 }, { value: null, qualifier: 'magnitude', lower: 100, upper: 999 }];
 * sumQuantities(parts).qualifier; // 'between'
 * ```
 * @category Aggregations
 */
export interface Summand {
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * Adds reported quantities with interval arithmetic on their bounds: lower bounds add up to the
 * lower bound of the total and upper bounds to its upper bound; a bound unknown for any part is
 * unknown for the total, and a bound exclusive for any part ("more than 100") is exclusive for
 * the total. Only exact parts give an exact total. A total too large to count exactly (beyond
 * Number.MAX_SAFE_INTEGER) is an error, not a rounded answer.
 *
 * @example
 * ```ts
 * import { getRecord, sumQuantities } from 'mnd-mps-coordination';
 * const total = sumQuantities([getRecord('metrics', 'annual-review-2024-national-security-plans').quantity, getRecord('metrics', 'annual-review-2024-drug-cases').quantity]);
 * total.qualifier; // 'more-than': 315 + more than 100
 * total.lower; // 415
 * ```
 * @category Aggregations
 */
export function sumQuantities(quantities: readonly Summand[]): QuantitySum {
  if (!Array.isArray(quantities))
    throw new InvalidArgumentError('quantities', 'expected a list of quantities');
  for (let index = 0; index < quantities.length; index += 1) {
    const quantity: unknown = quantities[index];
    if (quantity === null || typeof quantity !== 'object')
      throw new InvalidArgumentError(
        `quantities[${index}]`,
        'expected a quantity with qualifier, value, lower and upper',
      );
    const [issue] = quantityIssues(quantity as Summand);
    if (issue) throw new InvalidArgumentError(`quantities[${index}].${issue.field}`, issue.message);
  }
  return addQuantities(quantities);
}

/** {@link sumQuantities} of quantities known to be valid (those of a dataset's metrics). */
export function addQuantities(quantities: readonly Summand[]): QuantitySum {
  let lower: number | null = 0;
  let upper: number | null = 0;
  let lowerExclusive = false;
  let upperExclusive = false;
  let exact = true;
  for (const { qualifier, lower: low, upper: high } of quantities) {
    const rule = QUALIFIER_RULES[qualifier];
    exact &&= qualifier === 'exact';
    lower = lower === null || low === null ? null : lower + low;
    upper = upper === null || high === null ? null : upper + high;
    lowerExclusive ||= rule.lowerExclusive && low !== null;
    upperExclusive ||= rule.upperExclusive && high !== null;
  }
  for (const [name, bound] of [['lower', lower] as const, ['upper', upper] as const])
    if (bound !== null && bound > Number.MAX_SAFE_INTEGER)
      throw new InvalidArgumentError(
        'quantities',
        `the ${name} bound of the total (${bound}) is too large to count exactly`,
      );
  if (lower === null) lowerExclusive = false;
  if (upper === null) upperExclusive = false;
  const value = exact ? lower : null;
  const qualifier = exact
    ? 'exact'
    : intervalQualifier(lower, upper, lowerExclusive, upperExclusive);
  const count = quantities.length;
  return { value, lower, upper, lowerExclusive, upperExclusive, qualifier, count };
}

/** The qualifier of a total that is not exact, from which of its bounds are known. */
function intervalQualifier(
  lower: number | null,
  upper: number | null,
  lowerExclusive: boolean,
  upperExclusive: boolean,
): QuantitySum['qualifier'] {
  if (lower === null && upper === null) return 'unknown';
  if (upper === null) return lowerExclusive ? 'more-than' : 'at-least';
  if (lower === null) return upperExclusive ? 'less-than' : 'up-to';
  return 'between';
}
