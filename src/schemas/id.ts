import * as z from 'zod';

/**
 * The shape every record id has: lowercase letters and digits in groups joined by single hyphens.
 *
 * @example
 * ```ts
 * import { KEBAB_CASE_ID } from 'mnd-mps-coordination/schemas';
 * KEBAB_CASE_ID.test('annual-review-2022'); // true
 * ```
 * @category Schemas
 */
export const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A record id: stable, kebab-case, unique within its collection, never reused.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'mnd-mps-coordination/schemas';
 * IdSchema.parse('decree-03-2019-nd-cp'); // ok
 * IdSchema.safeParse('Decree_03').success; // false
 * ```
 * @category Schemas
 */
export const IdSchema = /* @__PURE__ */ z
  .string()
  .regex(KEBAB_CASE_ID, {
    message: 'must be kebab-case: lowercase letters and digits in groups joined by single hyphens',
  })
  .describe('Stable kebab-case id, unique within its collection and never reused.');
