import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { checkRelease } from '../../scripts/lib/release-check.js';
import { releaseManifest } from '../../scripts/lib/release-manifest.js';
import { writeReleaseNotes } from '../../scripts/lib/release-notes.js';
import { diffSchemas } from '../../scripts/lib/schema-diff.js';
import { changesSinceRelease, packageInfo } from '../../scripts/lib/working-state.js';
import { jsonSchemaOf } from '../../src/export/tables.js';
import { fixtureFolder } from '../support/data-folder.js';
import { scratchDir } from '../support/paths.js';

/** A release of the fixture folder, a copy of it to change, and a folder of pending changesets. */
function releaseFixture(pending: Record<string, 'major' | 'minor' | 'patch'> = {}) {
  const folder = fixtureFolder();
  const place = scratchDir('mnd-mps-release');
  const manifestFile = join(place, 'manifest.json');
  const records = validateDataFolder(folder.root).records;
  if (!records) throw new Error('the fixture folder is not valid');
  const manifest = releaseManifest(records, packageInfo().version);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const changesets = join(place, 'changesets');
  mkdirSync(changesets);
  writeFileSync(join(changesets, 'README.md'), 'not a changeset');
  for (const [name, bump] of Object.entries(pending))
    writeFileSync(
      join(changesets, `${name}.md`),
      `---\n"mnd-mps-coordination": ${bump}\n---\n\nWhat changed.\n`,
    );
  return {
    folder,
    manifest,
    manifestFile,
    paths: { data: folder.root, manifest: manifestFile, changesets },
  };
}

describe('the release check', () => {
  it('passes when nothing changed and nothing is pending', () => {
    expect(checkRelease(releaseFixture().paths)).toEqual({
      ok: true,
      lines: [expect.stringContaining('no data or schema changes')],
    });
  });

  it('catches an id removed without a redirect behind a minor changeset', () => {
    const { folder, paths } = releaseFixture({ 'remove-indicator': 'minor' });
    rmSync(join(folder.root, 'indicators', 'households.yaml'));
    rmSync(join(folder.root, 'metrics', 'households-2022.yaml'));
    const { ok, lines } = checkRelease(paths);
    expect(ok).toBe(false);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('the changesets ask for a minor release but the changes since'),
        '  Removed indicator households without a redirect.',
        '  Removed metric households-2022 without a redirect.',
      ]),
    );
  });

  it('catches changed data without a changeset', () => {
    const { folder, paths } = releaseFixture();
    folder.edit('meetings/review-2022.yaml', (text) =>
      text.replace('title: Review of 2022', 'title: The review of 2022'),
    );
    expect(checkRelease(paths).lines).toEqual([
      expect.stringContaining(
        'there is no changeset; run npm run release:notes (a patch release is required)',
      ),
    ]);
  });

  it('passes a correct minor release: a new indicator, and an id retired with a redirect', () => {
    const { folder, paths } = releaseFixture({ 'new-records': 'minor' });
    writeFileSync(
      join(folder.root, 'indicators', 'arrests.yaml'),
      'id: arrests\nlabel: Arrests\nunit: persons\ncategory: crime\ndescription: People arrested.\n',
    );
    writeFileSync(
      join(folder.root, 'indicators', 'drugs.yaml'),
      folder.read('indicators/drug-cases.yaml').replace('id: drug-cases', 'id: drugs'),
    );
    rmSync(join(folder.root, 'indicators', 'drug-cases.yaml'));
    folder.edit('metrics/drugs-2021.yaml', (text) =>
      text.replace('indicator: drug-cases', 'indicator: drugs'),
    );
    writeFileSync(
      join(folder.root, 'redirects', 'drug-cases.yaml'),
      'id: drug-cases\ncollection: indicators\nto: drugs\nreason: Shorter id.\n',
    );
    expect(checkRelease(paths)).toEqual({
      ok: true,
      lines: [expect.stringContaining('the changesets ask for a minor release; the changes since')],
    });
    expect(
      changesSinceRelease(paths.data, paths.manifest).changes.map((change) => change.text),
    ).toEqual([
      'Corrected the indicator of metric drugs-2021.',
      'Added indicator arrests (Arrests).',
      'Added indicator drugs (Drug cases).',
      'Retired indicator drug-cases, which now resolves to drugs (Shorter id.).',
      'Added redirect drug-cases.',
    ]);
  });

  it('release notes write a changeset with the required bump and the changes in words', () => {
    const { folder, paths } = releaseFixture();
    folder.edit('meetings/review-2022.yaml', (text) =>
      text.replace('title: Review of 2022', 'title: The review of 2022'),
    );
    expect(writeReleaseNotes(paths)?.bump).toBe('patch');
    const [written] = readdirSync(paths.changesets).filter((name) => name.startsWith('data-'));
    expect(readFileSync(join(paths.changesets, written ?? ''), 'utf8')).toMatch(
      /^---\n"mnd-mps-coordination": patch\n---\n\nData changes since .*:\n\n- Corrected the title of meeting review-2022\.\n$/,
    );
    expect(checkRelease(paths).ok).toBe(true);
  });
});

describe('schema changes', () => {
  const metric = jsonSchemaOf('metrics');
  const withField = (
    schema: Record<string, unknown>,
    field: string,
    value: unknown,
    required: boolean,
  ) => ({
    ...schema,
    properties: { ...(schema.properties as object), [field]: value },
    required: required ? [...(schema.required as string[]), field] : schema.required,
  });

  it('a removed field is major; a new field with a default (optional to authors) is minor; a new required one major', () => {
    expect(diffSchemas(withField(metric, 'confidence', { type: 'number' }, false), metric)).toEqual(
      [{ bump: 'major', field: 'confidence', detail: 'removed (or renamed)' }],
    );
    const input = jsonSchemaOf('metrics', 'input');
    const optional = withField(metric, 'confidence', { type: 'number', default: 1 }, true);
    expect(
      diffSchemas(
        metric,
        optional,
        withField(input, 'confidence', { type: 'number', default: 1 }, false),
      ),
    ).toEqual([{ bump: 'minor', field: 'confidence', detail: 'new optional field' }]);
    expect(
      diffSchemas(metric, optional, withField(input, 'confidence', { type: 'number' }, true)),
    ).toEqual([{ bump: 'major', field: 'confidence', detail: 'new required field' }]);
  });
});
