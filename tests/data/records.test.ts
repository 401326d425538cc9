import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../../src/dataset/collections.js';
import { formatProblem } from '../../src/dataset/problem.js';
import { KEBAB_CASE_ID } from '../../src/schemas/id.js';

const dataFolder = join(import.meta.dirname, '..', '..', 'data');
const yamlFiles = (collection: string) =>
  existsSync(join(dataFolder, collection))
    ? readdirSync(join(dataFolder, collection)).filter((name) => name.endsWith('.yaml'))
    : [];

describe('the authored data folder', () => {
  const result = validateDataFolder(dataFolder);

  it('has no problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(COLLECTION_NAMES)('builds one %s record per YAML file, named by its id', (collection) => {
    const files = yamlFiles(collection);
    if (collection !== 'redirects') expect(files.length).toBeGreaterThan(0);
    expect(result.records?.[collection].map((record) => record.id)).toEqual(
      files.map((name) => name.slice(0, -'.yaml'.length)).sort(),
    );
  });
});

describe('the bundled records', () => {
  it.each(COLLECTION_NAMES)('%s parse again with their schema', (collection) => {
    for (const record of bundledDataset[collection]) {
      const parsed = COLLECTION_SCHEMAS[collection].safeParse(structuredClone(record));
      expect(parsed.success, `${collection}/${record.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it.each(COLLECTION_NAMES)('%s have unique kebab-case ids', (collection) => {
    const ids = bundledDataset[collection].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE_ID);
  });

  it('are deeply frozen', () => {
    const meeting = bundledDataset.meetings[0];
    expect(meeting).toBeDefined();
    expect(Object.isFrozen(bundledDataset.meetings)).toBe(true);
    expect(Object.isFrozen(meeting?.date)).toBe(true);
    expect(Object.isFrozen(meeting?.participants[0]?.evidence[0])).toBe(true);
    expect(() => {
      (meeting as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });
});
