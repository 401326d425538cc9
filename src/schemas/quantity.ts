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
export const QualifierSchema = z
  .enum(['exact', 'more-than', 'over', 'at-least', 'nearly', 'about', 'up-to', 'magnitude'])
  .describe('How the number as written relates to the true count: exact, more-than/over (strictly above), at-least, nearly (just below), about, up-to (at most), magnitude (an order of magnitude such as "hundreds of", no number).');

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
  Record<Qualifier, { value: 'number' | 'null'; lower: BoundRule; upper: BoundRule; lowerExclusive: boolean; upperExclusive: boolean; meaning: string }>
> = {
  exact: { value: 'number', lower: 'value', upper: 'value', lowerExclusive: false, upperExclusive: false, meaning: 'exactly the value' },
  'more-than': { value: 'number', lower: 'value', upper: 'open', lowerExclusive: true, upperExclusive: false, meaning: 'strictly more than the value ("more than 100")' },
  over: { value: 'number', lower: 'value', upper: 'open', lowerExclusive: true, upperExclusive: false, meaning: 'strictly more than the value ("over 700")' },
  'at-least': { value: 'number', lower: 'value', upper: 'open', lowerExclusive: false, upperExclusive: false, meaning: 'the value or more' },
  nearly: { value: 'number', lower: 'open', upper: 'value', lowerExclusive: false, upperExclusive: true, meaning: 'just below the value ("nearly 10,000")' },
  about: { value: 'number', lower: 'around', upper: 'around', lowerExclusive: false, upperExclusive: false, meaning: 'roughly the value; bounds only where the source implies them' },
  'up-to': { value: 'number', lower: 'open', upper: 'value', lowerExclusive: false, upperExclusive: false, meaning: 'the value or fewer' },
  magnitude: { value: 'null', lower: 'given', upper: 'given', lowerExclusive: false, upperExclusive: false, meaning: 'an order of magnitude without a number ("hundreds of" = 100 to 999)' },
};

const CountSchema = z.number().nonnegative();

/**
 * What is wrong with a quantity's value and bounds for its qualifier (see {@link QUALIFIER_RULES}),
 * as field and message pairs; empty when they agree. The schema and `sumQuantities` both use it.
 */
export function quantityIssues(quantity: { readonly value: unknown; readonly qualifier: unknown; readonly lower: unknown; readonly upper: unknown }): { field: string; message: string }[] {
  const { value, lower, upper, qualifier } = quantity;
  if (typeof qualifier !== 'string' || !Object.hasOwn(QUALIFIER_RULES, qualifier)) return [{ field: 'qualifier', message: `unknown qualifier ${JSON.stringify(qualifier)}` }];
  const isCount = (number: unknown) => number === null || (typeof number === 'number' && Number.isFinite(number) && number >= 0);
  const notCounts = (['value', 'lower', 'upper'] as const).filter((field) => !isCount(quantity[field]));
  if (notCounts.length > 0) return notCounts.map((field) => ({ field, message: `must be a count of 0 or more, or null; got ${JSON.stringify(quantity[field])}` }));
  const rule = QUALIFIER_RULES[qualifier as Qualifier];
  if (rule.value === 'number' && value === null) return [{ field: 'value', message: `a "${qualifier}" quantity needs the number as written` }];
  if (rule.value === 'null' && value !== null) return [{ field: 'value', message: `a "${qualifier}" quantity has no number: value must be null` }];
  const issues: { field: string; message: string }[] = [];
  const checkBound = (name: 'lower' | 'upper', bound: number | null, boundRule: BoundRule) => {
    const fail = (expected: string) => issues.push({ field: name, message: `for "${qualifier}", ${name} must be ${expected}, not ${bound ?? 'null'}` });
    if (boundRule === 'value' && bound !== value) fail(`the value (${value})`);
    if (boundRule === 'open' && bound !== null) fail('null (open)');
    if (boundRule === 'given' && bound === null) fail('given');
    if (boundRule === 'around' && bound !== null && typeof value === 'number') {
      if (name === 'lower' && bound > value) fail(`null or at most the value (${value})`);
      if (name === 'upper' && bound < value) fail(`null or at least the value (${value})`);
    }
  };
  checkBound('lower', lower as number | null, rule.lower);
  checkBound('upper', upper as number | null, rule.upper);
  if (typeof lower === 'number' && typeof upper === 'number' && lower > upper) issues.push({ field: 'upper', message: `lower (${lower}) must not exceed upper (${upper})` });
  return issues;
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
export const QuantitySchema = z
  .strictObject({
    value: CountSchema.nullable().describe('The number as written, or null when the source gives none ("hundreds of").'),
    qualifier: QualifierSchema,
    lower: CountSchema.nullable().describe('Lower bound implied by the qualifier (exclusive for more-than/over); null when open or unknown.'),
    upper: CountSchema.nullable().describe('Upper bound implied by the qualifier (exclusive for nearly); null when open or unknown.'),
    asReported: z.string().min(1).describe('The words as written in the source, e.g. "more than 13,000".'),
  })
  .superRefine((quantity, ctx) => {
    for (const issue of quantityIssues(quantity)) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
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
