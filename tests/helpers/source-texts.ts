import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source texts under data/sources, by source id, read straight from disk. */
export function sourceTexts(): Map<string, string> {
  const folder = join(import.meta.dirname, '..', '..', 'data', 'sources');
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name.slice(0, -'.txt'.length), readFileSync(join(folder, name), 'utf8')]),
  );
}
