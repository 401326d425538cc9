import * as z from 'zod';
import { QUALIFIER_RULES, quantityIssues } from '../core/quantity.js';
import { QUALIFIERS } from '../core/vocabulary.js';
import { text } from './text.js';

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
  .enum(QUALIFIERS)
  .describe(
    QUALIFIERS.map((qualifier) => `${qualifier}: ${QUALIFIER_RULES[qualifier].meaning}`).join('; '),
  );

const Count = /* @__PURE__ */ z.number().nonnegative();

/**
 * A reported number: the value as written (or null), how it is qualified, the bounds it implies
 * (null for an open bound) and the words as written. "More than 100" is never 100 exact.
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
    value: Count.nullable().describe(
      'The number as written, or null when the source gives none ("hundreds of").',
    ),
    qualifier: QualifierSchema,
    lower: Count.nullable().describe(
      'Lower bound implied by the qualifier (exclusive for more-than/over); null when open or unknown.',
    ),
    upper: Count.nullable().describe(
      'Upper bound implied by the qualifier (exclusive for nearly); null when open or unknown.',
    ),
    asReported: text('The words as written in the source, e.g. "more than 13,000".'),
  })
  .superRefine((quantity, ctx) => {
    for (const issue of quantityIssues(quantity)) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
  })
  .describe('A reported number with its qualifier, implied bounds and the words as written.');
