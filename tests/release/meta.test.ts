import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetVersion, meta } from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { projectRoot } from '../helpers/data-fixture.js';

/** Canonical JSON written here independently: keys sorted at every level. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map(
            (key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`,
          )
          .join(',')}}`
      : JSON.stringify(value);

describe('meta and datasetVersion', () => {
  it('carry the package version', () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(datasetVersion).toBe(version);
    expect(meta.version).toBe(version);
  });

  it('count the records of every collection', () => {
    for (const [collection, records] of Object.entries(bundledDataset))
      expect(meta.counts[collection as keyof typeof meta.counts]).toBe(records.length);
  });

  it('hash the canonical JSON of every record', () => {
    const expected = createHash('sha256').update(canonical(bundledDataset), 'utf8').digest('hex');
    expect(meta.recordsSha256).toBe(expected);
    expect(meta.schemaVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.isFrozen(meta.counts)).toBe(true);
  });
});
