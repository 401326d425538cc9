import * as z from 'zod';
import { LOOKUP_COLLECTIONS, type LookupCollection } from '../core/collections.js';
import { IdSchema, refByCollection } from './ref.js';
import { text } from './text.js';

/**
 * A retired id that still resolves: lookups of `id` in `collection` follow it to `to` (which may
 * itself be redirected).
 *
 * @example
 * ```ts
 * import { RedirectSchema } from 'mnd-mps-coordination/schemas';
 * RedirectSchema.parse({ id: 'annual-review-2023', collection: 'meetings', to: 'annual-review-2022', reason: 'Named after the review year, not the meeting year.' });
 * ```
 * @category Schemas
 */
export const RedirectSchema = /* @__PURE__ */ z
  .strictObject({
    id: IdSchema.describe('The retired id.'),
    collection: z
      .enum(LOOKUP_COLLECTIONS as [LookupCollection, ...LookupCollection[]])
      .describe('The collection the retired id belonged to.'),
    to: refByCollection('The id it now resolves to, in the same collection.'),
    reason: text('Why the id was retired: a merge, a rename, a correction.'),
  })
  .describe('A retired id and its successor.');
