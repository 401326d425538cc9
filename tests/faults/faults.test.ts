import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';
import { runScript } from '../helpers/run-script.js';
import { scratchDir } from '../helpers/scratch.js';

/**
 * Each case is the base data folder with exactly one defect: cases/<fault>/data/ holds the files
 * that differ, delete.txt the files to remove, expected.txt the exact diagnostics.
 */
const here = import.meta.dirname;
const cases = readdirSync(join(here, 'cases')).sort();

function faultyFolder(fault: string): string {
  const root = scratchDir(`mnd-mps-fault-${fault}`);
  cpSync(join(here, 'base'), join(root, 'data'), { recursive: true });
  const overlay = join(here, 'cases', fault, 'data');
  if (existsSync(overlay)) cpSync(overlay, join(root, 'data'), { recursive: true });
  const deletions = join(here, 'cases', fault, 'delete.txt');
  if (existsSync(deletions))
    for (const file of readFileSync(deletions, 'utf8').split('\n').filter(Boolean))
      rmSync(join(root, 'data', file));
  return root;
}

function validate(root: string) {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'dist', 'cli.js'), 'validate', '--data', 'data'],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

function distHash(): string {
  const hash = createHash('sha256');
  const dist = join(projectRoot, 'dist');
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      hash.update(name).update(readFileSync(join(dist, name)));
    } catch {
      hash.update(`${name}/`);
    }
  }
  return hash.digest('hex');
}

let distBefore: string;
beforeAll(() => {
  distBefore = distHash();
});
afterAll(() => {
  expect(distHash(), 'dist/ after the failed builds').toBe(distBefore);
});

it('the base data folder is valid', () => {
  const root = scratchDir('mnd-mps-fault-base');
  cpSync(join(here, 'base'), join(root, 'data'), { recursive: true });
  expect(validate(root)).toMatchObject({
    status: 0,
    lines: [expect.stringMatching(/^data is valid: 1 sources, 2 organizations, 1 people/)],
  });
});

describe.each(cases)('fault: %s', (fault) => {
  const root = faultyFolder(fault);
  const expected = readFileSync(join(here, 'cases', fault, 'expected.txt'), 'utf8')
    .trim()
    .split('\n');

  it('mnd-mps validate prints exactly the expected diagnostics and exits with 1', () => {
    const result = validate(root);
    expect(result.lines).toEqual(expected);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${expected.length} problem(s) in data`);
  });

  it('the build refuses the folder with the same diagnostics and writes nothing', () => {
    const result = runScript('build.ts', ['--data', join(root, 'data')]);
    expect(result.status).toBe(1);
    const printed = result.stderr.replaceAll(`${root}/`, '');
    for (const line of expected) expect(printed).toContain(line);
    expect(result.stderr).toContain('nothing was built');
  });
});
