/** `npm start`: builds when an input changed since the last build, then runs the built `mnd-mps summary`. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    join(root, 'scripts', 'build.ts'),
    '--if-stale',
  ],
  { stdio: 'inherit' },
);
// The command as package.json installs it, so that a move of the built CLI cannot break this.
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
};
const command = bin['mnd-mps'];
if (command === undefined) throw new Error('package.json has no "mnd-mps" in "bin"');
execFileSync(process.execPath, [join(root, command), 'summary'], { stdio: 'inherit' });
