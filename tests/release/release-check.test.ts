import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../helpers/scratch.js';
import { describe, expect, it } from 'vitest';
import { releaseManifest } from '../../scripts/lib/release-manifest.js';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { dataFixture, projectRoot } from '../helpers/data-fixture.js';
import { runScript } from '../helpers/run-script.js';

const version = (
  JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

/** A release made of the real data, a copy of the data to change, and a folder of pending changesets. */
function releaseFixture(pending: Record<string, 'major' | 'minor' | 'patch'> = {}) {
  const fixture = dataFixture();
  const folder = scratchDir('mnd-mps-release');
  const manifestFile = join(folder, 'manifest.json');
  const manifest = releaseManifest(validateDataFolder(fixture.root).records!, version);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const changesets = join(folder, 'changesets');
  mkdirSync(changesets);
  writeFileSync(join(changesets, 'README.md'), 'not a changeset');
  for (const [name, bump] of Object.entries(pending))
    writeFileSync(
      join(changesets, `${name}.md`),
      `---\n"mnd-mps-coordination": ${bump}\n---\n\nWhat changed.\n`,
    );
  const args = ['--data', fixture.root, '--manifest', manifestFile, '--changesets', changesets];
  return { fixture, manifest, manifestFile, changesets, args };
}

describe('npm run release:check', () => {
  it('passes when nothing changed and nothing is pending', () => {
    const { args } = releaseFixture();
    expect(runScript('release-check.ts', args)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('no data or schema changes'),
    });
  });

  it('catches an id removed without a redirect behind a minor changeset', () => {
    const { fixture, args } = releaseFixture({ 'remove-indicator': 'minor' });
    rmSync(join(fixture.root, 'indicators', 'peak-plans-carried-out.yaml'));
    rmSync(join(fixture.root, 'metrics', 'annual-review-2024-peak-plans.yaml'));
    const result = runScript('release-check.ts', args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the changesets ask for a minor release but the changes since');
    expect(result.stderr).toContain('Removed indicator peak-plans-carried-out without a redirect.');
    expect(result.stderr).toContain(
      'Removed metric annual-review-2024-peak-plans without a redirect.',
    );
  });

  it('catches a removed field', () => {
    const { manifest, manifestFile, args } = releaseFixture({ 'some-fix': 'patch' });
    const metric = manifest.schemas.metric as {
      properties: Record<string, unknown>;
      required: string[];
    };
    writeFileSync(
      manifestFile,
      JSON.stringify({
        ...manifest,
        schemas: {
          ...manifest.schemas,
          metric: {
            ...metric,
            properties: { ...metric.properties, confidence: { type: 'number' } },
          },
        },
      }),
    );
    const result = runScript('release-check.ts', args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('require a major release, because of:');
    expect(result.stderr).toContain('Schema of metric: field confidence removed (or renamed).');
  });

  it('catches changed data without a changeset', () => {
    const { fixture, args } = releaseFixture();
    fixture.edit('meetings/annual-review-2022.yaml', (text) =>
      text.replace('title: Conference of', 'title: Meeting of'),
    );
    const result = runScript('release-check.ts', args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'there is no changeset; run npm run release:notes (a patch release is required)',
    );
  });

  it('passes a correct minor release: a new indicator, and an id retired with a redirect', () => {
    const { fixture, args } = releaseFixture({ 'new-records': 'minor' });
    writeFileSync(
      join(fixture.root, 'indicators', 'arrests.yaml'),
      'id: arrests\nlabel: Arrests\nunit: persons\ncategory: crime\ndescription: People arrested.\n',
    );
    const old = readFileSync(join(fixture.root, 'indicators', 'drug-cases-fought.yaml'), 'utf8');
    writeFileSync(
      join(fixture.root, 'indicators', 'drug-cases.yaml'),
      old.replace('id: drug-cases-fought', 'id: drug-cases'),
    );
    rmSync(join(fixture.root, 'indicators', 'drug-cases-fought.yaml'));
    fixture.edit('metrics/annual-review-2024-drug-cases.yaml', (text) =>
      text.replace('indicator: drug-cases-fought', 'indicator: drug-cases'),
    );
    mkdirSync(join(fixture.root, 'redirects'));
    writeFileSync(
      join(fixture.root, 'redirects', 'drug-cases-fought.yaml'),
      'id: drug-cases-fought\ncollection: indicators\nto: drug-cases\nreason: Shorter id.\n',
    );
    const result = runScript('release-check.ts', args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('the changesets ask for a minor release; the changes since');

    const diff = runScript('data-diff.ts', [
      '--data',
      fixture.root,
      '--manifest',
      args[3] as string,
      '--json',
    ]);
    const { requiredBump, changes } = JSON.parse(diff.stdout) as {
      requiredBump: string;
      changes: { kind: string; text: string }[];
    };
    expect(requiredBump).toBe('minor');
    expect(changes.map((change) => change.text)).toEqual([
      'Corrected the indicator of metric annual-review-2024-drug-cases.',
      'Added indicator arrests (Arrests).',
      'Added indicator drug-cases (Drug cases fought).',
      'Retired indicator drug-cases-fought, which now resolves to drug-cases (Shorter id.).',
      'Added redirect drug-cases-fought.',
    ]);
  });
});

describe('npm run release:notes', () => {
  it('writes a changeset with the required bump and the changes in words', () => {
    const { fixture, changesets, args } = releaseFixture();
    fixture.edit('meetings/annual-review-2022.yaml', (text) =>
      text.replace('title: Conference of', 'title: Meeting of'),
    );
    const result = runScript('release-notes.ts', args);
    expect(result.status).toBe(0);
    const [written] = readdirSync(changesets).filter((name) => name.startsWith('data-'));
    expect(readFileSync(join(changesets, written!), 'utf8')).toMatch(
      /^---\n"mnd-mps-coordination": patch\n---\n\nData changes since .*:\n\n- Corrected the title of meeting annual-review-2022\.\n$/,
    );
    expect(runScript('release-check.ts', args).status).toBe(0);
  });
});
