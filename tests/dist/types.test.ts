import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';

describe('the repository in strict TypeScript', () => {
  // A test rather than a step before the suite, so that its 10 s of tsc run beside the other files.
  it('type-checks with tsc --noEmit: sources, scripts, tests and the compile-time tests of tests/types', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        '--noEmit',
        '-p',
        projectRoot,
        // Incremental: a second run re-checks only what changed since the last one.
        '--incremental',
        '--tsBuildInfoFile',
        join(projectRoot, 'node_modules', '.cache', 'mnd-mps', 'tsc.tsbuildinfo'),
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
