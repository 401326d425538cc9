import { type Qualifier, QUALIFIERS } from './vocabulary.js';

/**
 * What a bound must be for a qualifier: `value` (equal to the value), `open` (null), `given` (a
 * number), or `around` (null, or on its side of the value).
 *
 * @example
 * ```ts
 * import { QUALIFIER_RULES, type BoundRule } from 'mnd-mps-coordination';
 * const lower: BoundRule = QUALIFIER_RULES.exact.lower; // 'value'
 * ```
 * @category Aggregations
 */
export type BoundRule = 'value' | 'open' | 'given' | 'around';

/**
 * The rule of one qualifier: whether the value is a number, what each bound must be, which
 * bounds are exclusive, and what the qualifier means.
 *
 * @example
 * ```ts
 * import { QUALIFIER_RULES, type QualifierRule } from 'mnd-mps-coordination';
 * const rule: QualifierRule = QUALIFIER_RULES.nearly;
 * ```
 * @category Aggregations
 */
export interface QualifierRule {
  readonly value: 'number' | 'null';
  readonly lower: BoundRule;
  readonly upper: BoundRule;
  readonly lowerExclusive: boolean;
  readonly upperExclusive: boolean;
  readonly meaning: string;
}

/**
 * A qualifier's rule. `exclusive` names the bound that the value itself lies outside of ("more
 * than 100" excludes 100). Only a qualifier whose bounds are both given (an order of magnitude, a
 * range) has no number.
 */
const rule = (
  lower: BoundRule,
  upper: BoundRule,
  meaning: string,
  exclusive?: 'lower' | 'upper',
): QualifierRule => ({
  value: lower === 'given' && upper === 'given' ? 'null' : 'number',
  lower,
  upper,
  lowerExclusive: exclusive === 'lower',
  upperExclusive: exclusive === 'upper',
  meaning,
});

/**
 * The bounds each qualifier implies. "More than 100" is never 100 exact: its lower bound is 100,
 * exclusive, and its upper bound open.
 *
 * @example
 * ```ts
 * import { QUALIFIER_RULES } from 'mnd-mps-coordination';
 * QUALIFIER_RULES['more-than'].lowerExclusive; // true: "more than 100" excludes 100
 * ```
 * @category Aggregations
 */
export const QUALIFIER_RULES: Readonly<Record<Qualifier, QualifierRule>> = {
  exact: rule('value', 'value', 'exactly the value'),
  'more-than': rule('value', 'open', 'strictly more than the value ("more than 100")', 'lower'),
  over: rule('value', 'open', 'strictly more than the value ("over 700")', 'lower'),
  'at-least': rule('value', 'open', 'the value or more'),
  nearly: rule('open', 'value', 'just below the value ("nearly 10,000")', 'upper'),
  about: rule('around', 'around', 'roughly the value; bounds only where the source implies them'),
  'up-to': rule('open', 'value', 'the value or fewer'),
  magnitude: rule(
    'given',
    'given',
    'an order of magnitude without a number ("hundreds of" = 100 to 999)',
  ),
  between: rule('given', 'given', 'a range written as two numbers ("100-200", "100 to 200")'),
};

/**
 * The words before a number that give a qualifier, English and Vietnamese (folded: without
 * diacritics), the English first: the quantity reader reads them all, and the first is how the
 * package writes the qualifier ("more than 14,000 links").
 */
export const QUALIFIER_WORDS: Readonly<Partial<Record<Qualifier, readonly string[]>>> = {
  'more-than': ['more than', 'hon'],
  over: ['over', 'above', 'tren'],
  'at-least': ['at least', 'it nhat'],
  nearly: ['nearly', 'almost', 'gan'],
  about: ['about', 'around', 'approximately', 'some', 'khoang', 'chung', 'xap xi'],
  'up-to': ['up to', 'len toi', 'len den'],
};

/** A field of a quantity and what is wrong with it. */
export interface QuantityIssue {
  readonly field: 'value' | 'qualifier' | 'lower' | 'upper';
  readonly message: string;
}

const isCount = (number: unknown): number is number | null =>
  number === null || (typeof number === 'number' && Number.isFinite(number) && number >= 0);

function boundIssue(
  side: 'lower' | 'upper',
  bound: number | null,
  value: number | null,
  rule: BoundRule,
): string | null {
  if (rule === 'value') return bound === value ? null : `the value (${value})`;
  if (rule === 'open') return bound === null ? null : 'null (open)';
  if (rule === 'given') return bound === null ? 'a number' : null;
  if (bound === null || value === null) return null;
  if (side === 'lower') return bound > value ? `null or at most the value (${value})` : null;
  return bound < value ? `null or at least the value (${value})` : null;
}

/** What is wrong with a quantity's value and bounds for its qualifier; empty when they agree. */
export function quantityIssues(quantity: {
  readonly value: unknown;
  readonly qualifier: unknown;
  readonly lower: unknown;
  readonly upper: unknown;
}): QuantityIssue[] {
  const { qualifier } = quantity;
  const got = (value: unknown) =>
    typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'nothing');
  if (typeof qualifier !== 'string' || !Object.hasOwn(QUALIFIER_RULES, qualifier)) {
    const message = `expected one of ${QUALIFIERS.join(', ')}, got ${got(qualifier)}`;
    return [{ field: 'qualifier', message }];
  }
  const fields = ['value', 'lower', 'upper'] as const;
  const notCounts = fields.filter((field) => !isCount(quantity[field]));
  if (notCounts.length > 0)
    return notCounts.map((field) => ({
      field,
      message: `must be a finite count of 0 or more, or null; got ${got(quantity[field])}`,
    }));
  const rule = QUALIFIER_RULES[qualifier as Qualifier];
  const counts = quantity as { readonly [Field in (typeof fields)[number]]: number | null };
  const { value, lower, upper } = counts;
  if (rule.value === 'number' && value === null)
    return [{ field: 'value', message: `a "${qualifier}" quantity needs the number as written` }];
  if (rule.value === 'null' && value !== null) {
    const message = `a "${qualifier}" quantity has no number: value must be null`;
    return [{ field: 'value', message }];
  }
  const issues: QuantityIssue[] = [];
  for (const side of ['lower', 'upper'] as const) {
    const expected = boundIssue(side, counts[side], value, rule[side]);
    if (expected === null) continue;
    const message = `for "${qualifier}", ${side} must be ${expected}, not ${counts[side] ?? 'null'}`;
    issues.push({ field: side, message });
  }
  if (lower !== null && upper !== null && lower > upper)
    issues.push({ field: 'upper', message: `lower (${lower}) must not exceed upper (${upper})` });
  return issues;
}
