import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dataFixture, projectRoot, runScript } from '../support/paths.js';

function hashTree(folder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      hash.update(name).update(readFileSync(join(folder, name)));
    } catch {
      hash.update(`${name}/`);
    }
  }
  return hash.digest('hex');
}

it('a build that fails validation prints every problem and leaves dist/ and src/generated/ untouched', () => {
  const before = [
    hashTree(join(projectRoot, 'dist')),
    hashTree(join(projectRoot, 'src', 'generated')),
  ];
  const fixture = dataFixture();
  fixture.edit('metrics/annual-review-2024-drug-cases.yaml', (text) =>
    text.replace('qualifier: more-than, lower: 100', 'qualifier: exact, lower: 100'),
  );
  fixture.edit('organizations/politburo.yaml', (text) =>
    text.replace('kind: party-body', 'kind: politburo'),
  );
  const result = runScript('build.ts', ['--data', fixture.root]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(
    /metrics\/annual-review-2024-drug-cases\.yaml:\d+: quantity\.upper: for "exact", upper must be the value \(100\), not null/,
  );
  expect(result.stderr).toMatch(/organizations\/politburo\.yaml:\d+: kind: Invalid option/);
  expect(result.stderr).toContain('nothing was built');
  expect([
    hashTree(join(projectRoot, 'dist')),
    hashTree(join(projectRoot, 'src', 'generated')),
  ]).toEqual(before);
});

it('npm start (the README quick start) runs the built mnd-mps summary', () => {
  const result = runScript('start.ts');
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^mnd-mps-coordination: /m);
  expect(result.stdout).toMatch(/^Records: \d+ sources, /m);
  expect(result.stdout).toContain('annual-review-2022');
});
