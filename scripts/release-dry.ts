/**
 * A release rehearsal that changes nothing here: in a scratch copy of the working tree, applies
 * the pending changesets (`changeset version`), builds, and packs, then reports the new version,
 * the head of the changelog and the tarball's contents. Nothing is published.
 *
 *   tsx scripts/release-dry.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workingFiles } from './lib/working-files.js';
import { projectRoot } from './lib/working-state.js';

const files = workingFiles(projectRoot);
const copy = join(mkdtempSync(join(tmpdir(), 'mnd-mps-release-')), 'package');
for (const file of files) cpSync(join(projectRoot, file), join(copy, file), { recursive: true });
symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: copy,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

run(process.execPath, [join(copy, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version']);
const { version } = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as {
  version: string;
};
run(process.execPath, [
  join(copy, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
  join(copy, 'scripts', 'build.ts'),
]);
const [packed] = JSON.parse(run('npm', ['pack', '--json'])) as {
  filename: string;
  files: { path: string }[];
  size: number;
}[];
const changelog = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8')
  .split('\n')
  .slice(0, 20)
  .join('\n');
console.log(
  `Release rehearsal in ${copy}\nversion: ${version}\ntarball: ${join(copy, packed?.filename ?? '')} (${packed?.files.length} files, ${packed?.size} bytes)\n\n${changelog}`,
);
