// The cited pages: no text in the repository, cited by locator and note, never quoted at length.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { COLLECTION_NAMES } from '../../../src/core/collections.js';
import { forEachEvidence } from '../../../src/core/evidence.js';
import { formatPath } from '../../../src/core/problem.js';
import { projectRoot } from '../../support/paths.js';

const { sources } = bundled;

describe('the cited pages', () => {
  const cited = sources.filter((source) => source.kind === 'cited');

  it('keep no text in the repository, only an address', () => {
    for (const source of cited) {
      expect(existsSync(join(projectRoot, 'data', 'sources', `${source.id}.txt`)), source.id).toBe(
        false,
      );
      expect([source.sha256, source.originalFileName], source.id).toEqual([null, null]);
      expect(source.url, source.id).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('are cited by locator and note, and no note or locator quotes more than a few words', () => {
    const long: string[] = [];
    for (const collection of COLLECTION_NAMES)
      for (const record of bundled[collection])
        forEachEvidence(record, (evidence, path) => {
          if (!cited.some((source) => source.id === evidence.source)) return;
          expect(evidence.kind, `${collection}/${record.id} ${formatPath(path)}`).toBe('cited');
          for (const [, words = ''] of `${evidence.locator} ${evidence.note}`.matchAll(
            /["“]([^"”]+)["”]/g,
          ))
            if (words.split(/\s+/).length > 8) long.push(`${collection}/${record.id}: ${words}`);
        });
    expect(long).toEqual([]);
  });
});
