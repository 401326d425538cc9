import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { FIXTURE_TEXT, fixtureInput } from './fixture.js';
import { scratchDir } from './paths.js';

/**
 * The fixture dataset as an authored data folder: one YAML file per record, and the fixture
 * article's text beside its source record. Returns the folder and tools to break it.
 */
export function fixtureFolder() {
  const root = join(scratchDir('mnd-mps-folder'), 'data');
  const input = fixtureInput() as Record<string, { id: string }[]>;
  for (const [collection, records] of Object.entries(input)) {
    mkdirSync(join(root, collection), { recursive: true });
    for (const record of records) {
      const authored =
        collection === 'sources' && record.id === 'article'
          ? { ...record, sha256: createHash('sha256').update(FIXTURE_TEXT).digest('hex') }
          : record;
      writeFileSync(
        join(root, collection, `${record.id}.yaml`),
        stringify(authored, { lineWidth: 0 }),
      );
    }
  }
  writeFileSync(join(root, 'sources', 'article.txt'), FIXTURE_TEXT);
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    root,
    read,
    /** Rewrites one file (failing when the change changes nothing). */
    edit(file: string, change: (text: string) => string) {
      const after = change(read(file));
      if (after === read(file)) throw new Error(`the edit did not change ${file}`);
      writeFileSync(join(root, file), after);
    },
    /** The 1-based line of a file that first contains `text`, found by searching the text. */
    line(file: string, text: string): number {
      const index = read(file)
        .split('\n')
        .findIndex((line) => line.includes(text));
      if (index === -1) throw new Error(`"${text}" is not in ${file}`);
      return index + 1;
    },
  };
}
