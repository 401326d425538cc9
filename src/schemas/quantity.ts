import * as z from 'zod';

/**
 * How a reported number relates to the true count.
 *
 * @example
 * ```ts
 * import { QualifierSchema } from 'mnd-mps-coordination/schemas';
 * QualifierSchema.parse('more-than');
 * ```
 * @category Schemas
 */
export const QualifierSchema = /* @__PURE__ */ z
  .enum(['exact', 'more-than', 'over', 'at-least', 'nearly', 'about', 'up-to', 'magnitude'])
  .describe(
    'How the number as written relates to the true count: exact, more-than/over (strictly above), at-least, nearly (just below), about, up-to (at most), magnitude (an order of magnitude such as "hundreds of", no number).',
  );

/**
 * A quantity qualifier; see {@link QualifierSchema}.
 *
 * @example
 * ```ts
 * import type { Qualifier } from 'mnd-mps-coordination/schemas';
 * const vague = (q: Qualifier) => q === 'magnitude' || q === 'about';
 * ```
 * @category Schemas
 */
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * What a bound must be for a qualifier: `value` (equal to the value), `open` (null), `given` (a
 * number), or `around` (null, or on its side of the value).
 *
 * @example
 * ```ts
 * import { QUALIFIER_RULES, type BoundRule } from 'mnd-mps-coordination/schemas';
 * const lower: BoundRule = QUALIFIER_RULES.exact.lower; // 'value'
 * ```
 * @category Schemas
 */
export type BoundRule = 'value' | 'open' | 'given' | 'around';

/**
 * The bounds each qualifier implies: whether the value is a number, what each bound must be
 * (`value`: equal to it; `open`: null; `given`: a number; `around`: null or on its side of the
 * value), which bounds are exclusive, and what the qualifier means. {@link QuantitySchema}
 * enforces it.
 *
 * @example
 * ```ts
 * import { QUALIFIER_RULES } from 'mnd-mps-coordination/schemas';
 * QUALIFIER_RULES['more-than'].lowerExclusive; // true: "more than 100" excludes 100
 * ```
 * @category Schemas
 */
export const QUALIFIER_RULES: Readonly<
  Record<
    Qualifier,
    {
      value: 'number' | 'null';
      lower: BoundRule;
      upper: BoundRule;
      lowerExclusive: boolean;
      upperExclusive: boolean;
      meaning: string;
    }
  >
> = {
  exact: {
    value: 'number',
    lower: 'value',
    upper: 'value',
    lowerExclusive: false,
    upperExclusive: false,
    meaning: 'exactly the value',
  },
  'more-than': {
    value: 'number',
    lower: 'value',
    upper: 'open',
    lowerExclusive: true,
    upperExclusive: false,
    meaning: 'strictly more than the value ("more than 100")',
  },
  over: {
    value: 'number',
    lower: 'value',
    upper: 'open',
    lowerExclusive: true,
    upperExclusive: false,
    meaning: 'strictly more than the value ("over 700")',
  },
  'at-least': {
    value: 'number',
    lower: 'value',
    upper: 'open',
    lowerExclusive: false,
    upperExclusive: false,
    meaning: 'the value or more',
  },
  nearly: {
    value: 'number',
    lower: 'open',
    upper: 'value',
    lowerExclusive: false,
    upperExclusive: true,
    meaning: 'just below the value ("nearly 10,000")',
  },
  about: {
    value: 'number',
    lower: 'around',
    upper: 'around',
    lowerExclusive: false,
    upperExclusive: false,
    meaning: 'roughly the value; bounds only where the source implies them',
  },
  'up-to': {
    value: 'number',
    lower: 'open',
    upper: 'value',
    lowerExclusive: false,
    upperExclusive: false,
    meaning: 'the value or fewer',
  },
  magnitude: {
    value: 'null',
    lower: 'given',
    upper: 'given',
    lowerExclusive: false,
    upperExclusive: false,
    meaning: 'an order of magnitude without a number ("hundreds of" = 100 to 999)',
  },
};

const CountSchema = /* @__PURE__ */ z.number().nonnegative();

/** A field of a quantity and what is wrong with it. */
interface QuantityIssue {
  readonly field: string;
  readonly message: string;
}

const NO_ISSUES: readonly QuantityIssue[] = /* @__PURE__ */ Object.freeze([]);

/** The rule of one qualifier. */
type QualifierRule = (typeof QUALIFIER_RULES)[Qualifier];

/**
 * The rule of a qualifier, or undefined for a string that is not one. A switch with a constant
 * property per case, because it runs for every quantity summed: a lookup keyed by the record's
 * string costs several times more.
 */
export function qualifierRule(qualifier: unknown): QualifierRule | undefined {
  switch (qualifier) {
    case 'exact':
      return QUALIFIER_RULES.exact;
    case 'more-than':
      return QUALIFIER_RULES['more-than'];
    case 'over':
      return QUALIFIER_RULES.over;
    case 'at-least':
      return QUALIFIER_RULES['at-least'];
    case 'nearly':
      return QUALIFIER_RULES.nearly;
    case 'about':
      return QUALIFIER_RULES.about;
    case 'up-to':
      return QUALIFIER_RULES['up-to'];
    case 'magnitude':
      return QUALIFIER_RULES.magnitude;
    default:
      return undefined;
  }
}

/**
 * What is wrong with a quantity's value and bounds for its qualifier (see {@link QUALIFIER_RULES}),
 * as field and message pairs; empty when they agree. The schema and `sumQuantities` both use it
 * (`sumQuantities` passes the rule it has already looked up).
 */
export function quantityIssues(
  quantity: {
    readonly value: unknown;
    readonly qualifier: unknown;
    readonly lower: unknown;
    readonly upper: unknown;
  },
  rule: QualifierRule | undefined = qualifierRule(quantity.qualifier),
): readonly QuantityIssue[] {
  if (rule !== undefined && quantityFits(quantity, rule)) return NO_ISSUES;
  const { value, lower, upper, qualifier } = quantity;
  if (rule === undefined)
    return [{ field: 'qualifier', message: `unknown qualifier ${JSON.stringify(qualifier)}` }];
  if (!isCount(value) || !isCount(lower) || !isCount(upper)) {
    return (['value', 'lower', 'upper'] as const)
      .filter((field) => !isCount(quantity[field]))
      .map((field) => ({
        field,
        message: `must be a count of 0 or more, or null; got ${JSON.stringify(quantity[field])}`,
      }));
  }
  if (rule.value === 'number' && value === null)
    return [{ field: 'value', message: `a "${qualifier}" quantity needs the number as written` }];
  if (rule.value === 'null' && value !== null)
    return [
      { field: 'value', message: `a "${qualifier}" quantity has no number: value must be null` },
    ];
  const lowerIssue = boundIssue('lower', lower, value, rule.lower);
  const upperIssue = boundIssue('upper', upper, value, rule.upper);
  const issues: QuantityIssue[] = [];
  if (lowerIssue !== null)
    issues.push({
      field: 'lower',
      message: `for "${qualifier}", lower must be ${lowerIssue}, not ${lower ?? 'null'}`,
    });
  if (upperIssue !== null)
    issues.push({
      field: 'upper',
      message: `for "${qualifier}", upper must be ${upperIssue}, not ${upper ?? 'null'}`,
    });
  if (lower !== null && upper !== null && lower > upper)
    issues.push({ field: 'upper', message: `lower (${lower}) must not exceed upper (${upper})` });
  return issues;
}

/**
 * Whether a quantity agrees with its qualifier's rule: the check {@link quantityIssues} makes
 * first, in plain comparisons with no allocation, since sums run it once per summand.
 */
export function quantityFits(
  quantity: { readonly value: unknown; readonly lower: unknown; readonly upper: unknown },
  rule: QualifierRule,
): boolean {
  const value = quantity.value;
  const lower = quantity.lower;
  const upper = quantity.upper;
  if (!isCount(value) || !isCount(lower) || !isCount(upper)) return false;
  if (rule.value === 'number' ? value === null : value !== null) return false;
  return (
    boundIssue('lower', lower, value, rule.lower) === null &&
    boundIssue('upper', upper, value, rule.upper) === null &&
    (lower === null || upper === null || lower <= upper)
  );
}

function isCount(number: unknown): number is number | null {
  // NaN fails `>= 0`; Infinity is the one other number that is not a count.
  return number === null || (typeof number === 'number' && number >= 0 && number !== Infinity);
}

/** What a bound should be under its rule, or null when it is right. */
function boundIssue(
  side: 'lower' | 'upper',
  bound: number | null,
  value: number | null,
  rule: BoundRule,
): string | null {
  if (rule === 'value') return bound === value ? null : `the value (${value})`;
  if (rule === 'open') return bound === null ? null : 'null (open)';
  if (rule === 'given') return bound === null ? 'given' : null;
  if (bound === null || value === null) return null;
  if (side === 'lower') return bound > value ? `null or at most the value (${value})` : null;
  return bound < value ? `null or at least the value (${value})` : null;
}

/**
 * A reported number: the value as written (or null), how it is qualified, the bounds it
 * implies (null for an open bound) and the words as written. "More than 100" is never 100 exact.
 *
 * @example
 * ```ts
 * import { QuantitySchema } from 'mnd-mps-coordination/schemas';
 * QuantitySchema.parse({ value: 13000, qualifier: 'more-than', lower: 13000, upper: null, asReported: 'more than 13,000' });
 * ```
 * @category Schemas
 */
export const QuantitySchema = /* @__PURE__ */ z
  .strictObject({
    value: CountSchema.nullable().describe(
      'The number as written, or null when the source gives none ("hundreds of").',
    ),
    qualifier: QualifierSchema,
    lower: CountSchema.nullable().describe(
      'Lower bound implied by the qualifier (exclusive for more-than/over); null when open or unknown.',
    ),
    upper: CountSchema.nullable().describe(
      'Upper bound implied by the qualifier (exclusive for nearly); null when open or unknown.',
    ),
    asReported: z
      .string()
      .min(1)
      .describe('The words as written in the source, e.g. "more than 13,000".'),
  })
  .superRefine((quantity, ctx) => {
    for (const issue of quantityIssues(quantity))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  })
  .describe('A reported number with its qualifier, implied bounds and the words as written.');

/**
 * A reported number; see {@link QuantitySchema}.
 *
 * @example
 * ```ts
 * import type { Quantity } from 'mnd-mps-coordination/schemas';
 * const isExact = (q: Quantity) => q.qualifier === 'exact';
 * ```
 * @category Schemas
 */
export type Quantity = z.infer<typeof QuantitySchema>;
