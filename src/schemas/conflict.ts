import * as z from 'zod';
import { COLLECTION_NAMES } from '../core/collections.js';
import { EvidenceListSchema } from './evidence.js';
import { IdSchema, refByCollection } from './ref.js';

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
    field: z.string().min(1).describe('Path of the field the claims disagree on, e.g. "ranks".'),
    kind: z
      .enum(['contradiction', 'variant'])
      .describe(
        'contradiction: the claims cannot all be true; variant: they differ in wording or detail but can all be true.',
      ),
    claims: z
      .array(
        z.strictObject({
          value: z.string().min(1).describe('The claim as written.'),
          evidence: EvidenceListSchema.min(1).describe('Evidence that makes the claim.'),
        }),
      )
      .min(2)
      .describe('Every claim, each with its evidence.'),
    note: z.string().min(1).describe('What the disagreement is and what is known about it.'),
  })
  .describe('A recorded disagreement.');
