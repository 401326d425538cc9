import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './data-fixture.js';

/** Runs a project script with tsx in a child process, as `npm run` would. */
export function runScript(
  script: string,
  args: readonly string[] = [],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(projectRoot, 'scripts', script),
      ...args,
    ],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
