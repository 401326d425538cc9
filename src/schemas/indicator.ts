import * as z from 'zod';
import { INDICATOR_CATEGORIES } from '../core/vocabulary.js';
import { IdSchema } from './ref.js';
import { text } from './text.js';

/**
 * An entry of the controlled vocabulary that makes metrics comparable across meetings and years.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from 'mnd-mps-coordination/schemas';
 * IndicatorSchema.parse({ id: 'links-removed', label: 'Links removed', unit: 'links', description: 'Links to hostile accounts and channels removed.', category: 'cyberspace' });
 * ```
 * @category Schemas
 */
export const IndicatorSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    label: text('Short human-readable name.'),
    unit: text('What one unit counts; every metric of the indicator uses it.'),
    description: text('What is counted, precisely enough to tell two indicators apart.'),
    category: z.enum(INDICATOR_CATEGORIES).describe('The area of work the indicator belongs to.'),
  })
  .describe('A metric indicator.');
