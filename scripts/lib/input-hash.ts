import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
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

/** Every file under a path, sorted; links are not followed (the data check reports them). */
function filesUnder(root: string, path: string): string[] {
  if (EXCLUDED.has(relative(root, path))) return [];
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats || stats.isSymbolicLink()) return [];
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(root, join(path, name)));
}

/** SHA-256 over the relative path and bytes of every build input, in sorted order. */
export function buildInputHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(root, join(root, input))) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        bytes = Buffer.from('unreadable');
      }
      hash.update(relative(root, file)).update('\0').update(bytes).update('\0');
    }
  }
  return hash.digest('hex');
}
