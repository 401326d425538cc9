import * as z from 'zod';
import { COLLECTION_NAMES } from '../lib/vocabulary.js';
import { EvidenceListSchema } from './evidence.js';
import { IdSchema } from './id.js';

/**
 * The record collections of the dataset, in build order.
 *
 * @example
 * ```ts
 * import { CollectionNameSchema } from 'mnd-mps-coordination/schemas';
 * CollectionNameSchema.options.length; // 9
 * ```
 * @category Schemas
 */
export const CollectionNameSchema = /* @__PURE__ */ z
  .enum(COLLECTION_NAMES)
  .describe('A collection of the dataset.');

/**
 * A collection name; see {@link CollectionNameSchema}.
 *
 * @example
 * ```ts
 * import type { CollectionName } from 'mnd-mps-coordination/schemas';
 * const c: CollectionName = 'meetings';
 * ```
 * @category Schemas
 */
export type CollectionName = z.infer<typeof CollectionNameSchema>;

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
        collection: CollectionNameSchema,
        id: IdSchema.describe('Id of the record within the collection.'),
      })
      .describe('The record the claims are about.'),
    field: z
      .string()
      .min(1)
      .describe('Dot path of the field the claims disagree on, e.g. "ranks".'),
    kind: z
      .enum(['contradiction', 'variant'])
      .describe(
        'contradiction: the claims cannot all be true; variant: they differ in wording or detail but can all be true.',
      ),
    claims: z
      .array(
        z.strictObject({
          value: z.string().min(1).describe('The claim as written.'),
          evidence: EvidenceListSchema.min(1).describe('Quotes that make the claim.'),
        }),
      )
      .min(2)
      .describe('Every claim, each with its evidence.'),
    note: z.string().min(1).describe('What the disagreement is and what is known about it.'),
  })
  .describe('A recorded disagreement.');

/**
 * A disagreement; see {@link ConflictSchema}.
 *
 * @example
 * ```ts
 * import type { Conflict } from 'mnd-mps-coordination/schemas';
 * const summary = (c: Conflict) => c.claims.map((claim) => claim.value).join(' vs ');
 * ```
 * @category Schemas
 */
export type Conflict = z.infer<typeof ConflictSchema>;
