import * as z from 'zod';
import type { CollectionName, Reference } from '../core/collections.js';

/** The shape every record id has: lowercase letters and digits in groups joined by single hyphens. */
const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/**
 * The metadata key that marks a reference field in the schemas and in the published JSON
 * Schemas: its value is the collection the id belongs to, or `$collection` for "the collection
 * that the sibling field `collection` names".
 */
export const REFERENCES_KEY = 'x-references';

/**
 * A field that holds the id of a record of `collection`. This is the one place a reference is
 * declared: reference checks, foreign keys, the record types' literal ids and the catalogue's
 * links all follow from it.
 */
export function ref<C extends CollectionName>(
  collection: C,
  description: string,
): z.ZodType<Reference<C>, string> {
  return IdSchema.meta({ description, [REFERENCES_KEY]: collection }) as never;
}

/** A field that holds the id of a record of the collection named by the sibling field `collection`. */
export function refByCollection(description: string): z.ZodType<Reference<CollectionName>, string> {
  return IdSchema.meta({ description, [REFERENCES_KEY]: '$collection' }) as never;
}

/** A field that holds the id of a record of `collection`, or null, as it is by default. */
export const refOrNull = <C extends CollectionName>(collection: C, description: string) =>
  ref(collection, description).nullable().default(null);
