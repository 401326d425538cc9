import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { sourceTexts } from '../helpers/source-texts.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('source texts', () => {
  const texts = sourceTexts();

  it('there is one text per source record and one record per text', () => {
    expect([...texts.keys()].sort()).toEqual(bundledDataset.sources.map((source) => source.id));
  });

  it.each(bundledDataset.sources.map((source) => [source.id, source] as const))(
    '%s is NFC and matches its recorded SHA-256',
    (id, source) => {
      const text = texts.get(id) ?? '';
      expect(text.normalize('NFC')).toBe(text);
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(source.sha256);
    },
  );

  it
    .runIf(existsSync(corpus))
    .each(bundledDataset.sources.map((source) => [source.id, source.originalFileName] as const))(
    '%s is an unchanged copy of the corpus file %s',
    (id, originalFileName) => {
      const original = readFileSync(join(corpus, originalFileName), 'utf8');
      expect(texts.get(id)).toBe(original.normalize('NFC'));
    },
  );
});
