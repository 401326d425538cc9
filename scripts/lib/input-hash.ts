import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files and folders whose content decides the build output. */
export const BUILD_INPUTS = [
  'data',
  'src',
  'scripts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsup.config.ts',
];
const EXCLUDED = new Set(['src/generated']);

function filesUnder(root: string, path: string): string[] {
  if (EXCLUDED.has(relative(root, path))) return [];
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(root, join(path, name)));
}

/** SHA-256 over the relative path and bytes of every build input, in sorted order. */
export function buildInputHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(root, join(root, input))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}
