import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './scratch.js';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** A scratch copy of data/ that a test may break; `edit` rewrites one file of it. */
export function dataFixture(): {
  root: string;
  edit(file: string, change: (text: string) => string): void;
} {
  const root = join(scratchDir('mnd-mps-data'), 'data');
  cpSync(join(projectRoot, 'data'), root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit did not change ${file}`);
      writeFileSync(path, after);
    },
  };
}
