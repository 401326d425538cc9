import * as z from 'zod';
import { COLLECTION_SCHEMAS } from '../dataset/collections.js';
import type { CollectionName } from '../schemas/conflict.js';

/** The entity name each collection's records are instances of (the JSON Schema file is `<entity>.schema.json`). */
export const ENTITY_NAMES: Readonly<Record<CollectionName, string>> = {
  sources: 'source',
  organizations: 'organization',
  people: 'person',
  documents: 'document',
  meetings: 'meeting',
  metrics: 'metric',
  indicators: 'indicator',
  conflicts: 'conflict',
  redirects: 'redirect',
};

/** A JSON Schema (draft 2020-12) object, as `z.toJSONSchema` produces it. */
export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a collection's records, generated from its zod schema (refinements are not expressible and are left out). */
export function jsonSchemaOf(collection: CollectionName): JsonSchema {
  return z.toJSONSchema(COLLECTION_SCHEMAS[collection], { io: 'output' }) as JsonSchema;
}
