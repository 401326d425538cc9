import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import {
  type Qualifier,
  qualifierRule,
  quantityFits,
  quantityIssues,
} from '../schemas/quantity.js';

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
  /**
   * exact; more-than / at-least (only a lower bound); less-than / up-to (only an upper bound);
   * between (both); unknown (neither).
   */
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

function describe(
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

/**
 * Adds reported quantities with interval arithmetic on their bounds: the lower bounds add up to
 * the lower bound of the total and the upper bounds to its upper bound; a bound that is unknown
 * for any part is unknown for the total, and a bound that is exclusive for any part ("more than
 * 100") is exclusive for the total. Exact plus more-than gives more-than; only exact parts give an
 * exact total.
 *
 * @example
 * ```ts
 * import { getMetric, sumQuantities } from 'mnd-mps-coordination';
 * const total = sumQuantities([getMetric('annual-review-2024-national-security-plans').quantity, getMetric('annual-review-2024-drug-cases').quantity]);
 * total.qualifier; // 'more-than': 315 + more than 100
 * total.lower; // 415
 * ```
 * @category Aggregations
 */
export function sumQuantities(quantities: readonly Summand[]): QuantitySum {
  if (!Array.isArray(quantities))
    throw new InvalidArgumentError('quantities', 'expected an array of quantities');
  let lower: number | null = 0;
  let upper: number | null = 0;
  let lowerExclusive = false;
  let upperExclusive = false;
  let allExact = true;
  for (let index = 0; index < quantities.length; index += 1) {
    const quantity = quantities[index] as Summand | null | undefined;
    if (quantity === null || typeof quantity !== 'object')
      throw new InvalidArgumentError(
        `quantities[${index}]`,
        'expected a quantity with qualifier, value, lower and upper',
      );
    const rule = qualifierRule(quantity.qualifier);
    if (rule === undefined || !quantityFits(quantity, rule)) {
      const issue = quantityIssues(quantity, rule)[0];
      throw new InvalidArgumentError(
        `quantities[${index}].${issue?.field ?? 'qualifier'}`,
        issue?.message ?? 'unknown qualifier',
      );
    }
    allExact &&= quantity.qualifier === 'exact';
    lower = lower === null || quantity.lower === null ? null : lower + quantity.lower;
    upper = upper === null || quantity.upper === null ? null : upper + quantity.upper;
    lowerExclusive ||= rule.lowerExclusive && quantity.lower !== null;
    upperExclusive ||= rule.upperExclusive && quantity.upper !== null;
  }
  if (lower === null) lowerExclusive = false;
  if (upper === null) upperExclusive = false;
  if (allExact)
    return {
      value: lower,
      lower,
      upper,
      lowerExclusive: false,
      upperExclusive: false,
      qualifier: 'exact',
      count: quantities.length,
    };
  return {
    value: null,
    lower,
    upper,
    lowerExclusive,
    upperExclusive,
    qualifier: describe(lower, upper, lowerExclusive, upperExclusive),
    count: quantities.length,
  };
}
