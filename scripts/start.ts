/** `npm start`: builds when an input changed since the last build, then runs the built `mnd-mps summary`. */
import { execFileSync } from 'node:child_process';
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
execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'summary'], { stdio: 'inherit' });
