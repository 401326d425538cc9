import { createHash } from 'node:crypto';
import { COLLECTION_NAMES, type DatasetRecords } from '../dataset/collections.js';
import { canonicalJson } from '../lib/canonical-json.js';
import type { CollectionName } from '../schemas/conflict.js';
import { ENTITY_NAMES, jsonSchemaOf, type JsonSchema } from './json-schemas.js';

/** Hex SHA-256 of a value's canonical JSON (sorted keys): equal values, equal hashes. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** The JSON Schema of every entity, by entity name. */
export function entitySchemas(): Record<string, JsonSchema> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [ENTITY_NAMES[collection], jsonSchemaOf(collection)]),
  );
}

/** The facts about a dataset as a whole that the `meta` export carries. */
export function datasetFingerprint(records: DatasetRecords): {
  schemaVersion: string;
  recordsSha256: string;
  counts: Record<CollectionName, number>;
} {
  return {
    schemaVersion: contentHash(entitySchemas()).slice(0, 16),
    recordsSha256: contentHash(
      Object.fromEntries(COLLECTION_NAMES.map((collection) => [collection, records[collection]])),
    ),
    counts: Object.fromEntries(
      COLLECTION_NAMES.map((collection) => [collection, records[collection].length]),
    ) as Record<CollectionName, number>,
  };
}
