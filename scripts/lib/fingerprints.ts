import { createHash } from 'node:crypto';
import { COLLECTION_NAMES, type CollectionName, type Ids } from '../../src/core/collections.js';
import type { DatasetRecords } from '../../src/dataset.js';
import { COLLECTIONS } from '../../src/schemas/collections.js';
import { type JsonSchema, jsonSchemaOf } from '../../src/export/tables.js';

/** JSON with object keys sorted at every level and no whitespace: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Hex SHA-256 of a value's canonical JSON (sorted keys): equal values, equal hashes. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** The JSON Schema of every entity, by entity name: of published records, or of what records may be given as. */
export function entitySchemas(io: 'output' | 'input' = 'output'): Record<string, JsonSchema> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [COLLECTIONS[name].singular, jsonSchemaOf(name, io)]),
  );
}

/** The facts about a dataset as a whole that the `meta` export carries. */
export function datasetFingerprint(records: DatasetRecords<Ids>): {
  schemaVersion: string;
  recordsSha256: string;
  counts: Record<CollectionName, number>;
} {
  return {
    schemaVersion: contentHash(entitySchemas()).slice(0, 16),
    recordsSha256: contentHash(
      Object.fromEntries(COLLECTION_NAMES.map((name) => [name, records[name]])),
    ),
    counts: Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, records[name].length]),
    ) as Record<CollectionName, number>,
  };
}
