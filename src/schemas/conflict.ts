import * as z from 'zod';
import { COLLECTION_NAMES } from '../core/collections.js';
import { evidenceOf } from './evidence.js';
import { IdSchema, refByCollection } from './ref.js';
import { text } from './text.js';

/**
 * A disagreement between sources, or inside one source, kept with every claim and its evidence.
 *
 * @example
 * ```ts
 * import { ConflictSchema } from 'mnd-mps-coordination/schemas';
 * ConflictSchema.shape.kind.options; // ['contradiction', 'variant']
 * ```
 * @category Schemas
 */
export const ConflictSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema,
    record: z
      .strictObject({
        collection: z.enum(COLLECTION_NAMES).describe('The collection of the record.'),
        id: refByCollection('Id of the record within the collection.'),
      })
      .describe('The record the claims are about.'),
    field: text('Path of the field the claims disagree on, e.g. "ranks".'),
    kind: z
      .enum(['contradiction', 'variant'])
      .describe(
        'contradiction: the claims cannot all be true; variant: they differ in wording or detail but can all be true.',
      ),
    claims: z
      .array(
        z.strictObject({
          value: text('The claim as written.'),
          evidence: evidenceOf('Evidence that makes the claim.'),
        }),
      )
      .min(2)
      .describe('Every claim, each with its evidence.'),
    note: text('What the disagreement is and what is known about it.'),
    resolution: z
      .strictObject({
        value: text('The claim (its value, as in claims) that the evidence settles as true.'),
        evidence: evidenceOf('Evidence that settles it, outside the claims.'),
        note: text("Why this evidence settles it, in the curator's words."),
      })
      .nullable()
      .default(null)
      .describe(
        'How the conflict is settled, or null while no evidence settles it. The claims are kept either way.',
      ),
  })
  .superRefine((conflict, ctx) => {
    if (
      conflict.resolution &&
      !conflict.claims.some((claim) => claim.value === conflict.resolution?.value)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['resolution', 'value'],
        message: `"${conflict.resolution.value}" is none of the claims' values`,
      });
  })
  .describe('A recorded disagreement.');
