import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';
import { runScript } from '../helpers/run-script.js';
import { scratchDir } from '../helpers/scratch.js';

const scratch = scratchDir('mnd-mps-builds');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();

it('two builds of the same tree are byte-identical and hold no timestamps or machine paths', () => {
  const [first, second] = [join(scratch, 'first'), join(scratch, 'second')];
  for (const out of [first, second]) expect(runScript('build.ts', ['--out', out]).status).toBe(0);
  const names = files(first);
  expect(names.length).toBeGreaterThan(40);
  expect(files(second)).toEqual(names);
  const today = new Date().toISOString().slice(0, 10);
  for (const name of names) {
    const bytes = readFileSync(join(first, name));
    expect(readFileSync(join(second, name)).equals(bytes), name).toBe(true);
    const text = bytes.toString('utf8');
    for (const machine of [projectRoot, scratch, tmpdir(), today])
      expect(text.includes(machine), `${name} contains ${machine}`).toBe(false);
  }
});
