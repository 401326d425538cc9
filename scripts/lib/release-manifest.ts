import { readFileSync } from 'node:fs';
import { COLLECTION_NAMES, type CollectionName, type Ids } from '../../src/core/collections.js';
import type { DatasetRecords } from '../../src/dataset.js';
import type { JsonSchema } from '../../src/export/tables.js';
import { contentHash, datasetFingerprint, entitySchemas } from './fingerprints.js';

/** A record as a release remembers it: a hash of the whole, and a hash per top-level field. */
export interface RecordFingerprint {
  readonly hash: string;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * What a release is compared against: its version, the content hash of every record and of each
 * of its fields, and the JSON Schema of every entity.
 */
export interface ReleaseManifest {
  readonly version: string;
  readonly schemaVersion: string;
  readonly records: Readonly<Record<CollectionName, Readonly<Record<string, RecordFingerprint>>>>;
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  /** The JSON Schemas of what records may be given as (fields with defaults are optional there). */
  readonly inputSchemas?: Readonly<Record<string, JsonSchema>>;
}

/** The manifest of a dataset as released under `version`. */
export function releaseManifest(records: DatasetRecords<Ids>, version: string): ReleaseManifest {
  const fingerprint = (record: object): RecordFingerprint => ({
    hash: contentHash(record),
    fields: Object.fromEntries(
      Object.entries(record).map(([field, value]) => [field, contentHash(value)]),
    ),
  });
  return {
    version,
    schemaVersion: datasetFingerprint(records).schemaVersion,
    records: Object.fromEntries(
      COLLECTION_NAMES.map((collection) => [
        collection,
        Object.fromEntries(
          (records[collection] as readonly { id: string }[]).map((record) => [
            record.id,
            fingerprint(record),
          ]),
        ),
      ]),
    ) as ReleaseManifest['records'],
    schemas: entitySchemas(),
    inputSchemas: entitySchemas('input'),
  };
}

/** Reads a committed manifest. */
export function readManifest(path: string): ReleaseManifest {
  return JSON.parse(readFileSync(path, 'utf8')) as ReleaseManifest;
}
