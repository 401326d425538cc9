import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../../scripts/lib/release-check.js';
import { changesSinceRelease } from '../../../scripts/lib/working-state.js';
import { releaseFixture } from '../../support/release-fixture.js';

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

  it('catches a version whose changelog entry was not written, once no changeset is pending', () => {
    const { manifest, paths } = releaseFixture();
    const changelog = join(paths.changesets, '..', 'CHANGELOG.md');
    writeFileSync(changelog, '# mnd-mps-coordination\n\n## 0.0.1\n\n- Old.\n');
    expect(checkRelease({ ...paths, changelog })).toEqual({
      ok: false,
      lines: [
        `package.json is at ${manifest.version} but the latest entry of ${changelog} is 0.0.1: version the release with npx changeset version.`,
      ],
    });
    writeFileSync(
      changelog,
      `# mnd-mps-coordination\n\n## ${manifest.version}\n\n- New.\n\n## 0.0.1\n`,
    );
    expect(checkRelease({ ...paths, changelog }).ok).toBe(true);
  });
});
