import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../../scripts/lib/release-check.js';
import { writeReleaseNotes } from '../../../scripts/lib/release-notes.js';
import { releaseFixture } from '../../support/release-fixture.js';

describe('release notes', () => {
  it('release notes write a changeset with the required bump and the changes in words', () => {
    const { folder, paths } = releaseFixture();
    folder.edit('meetings/review-2022.yaml', (text) =>
      text.replace('title: Review of 2022', 'title: The review of 2022'),
    );
    expect(writeReleaseNotes(paths)?.bump).toBe('patch');
    const [written] = readdirSync(paths.changesets).filter((name) => name.startsWith('data-'));
    expect(readFileSync(join(paths.changesets, written ?? ''), 'utf8')).toMatch(
      /^---\n"mnd-mps-coordination": patch\n---\n\nData changes since \d+\.\d+\.\d+: 1 record added, changed, redirected or removed, and 0 changes to the schemas\.\n\n\| collection [^]*\n\*\*meetings\*\* \(1\)\n\n- Corrected the title of meeting review-2022\.\n\n<\/details>\n$/,
    );
    expect(checkRelease(paths).ok).toBe(true);
  });

  it('open with the records of each collection, then and now, and what changed, and list every change by collection', () => {
    const { folder, manifest, paths } = releaseFixture({ 'remove-indicator': 'major' });
    folder.edit('meetings/review-2022.yaml', (text) =>
      text.replace('title: Review of 2022', 'title: The review of 2022'),
    );
    rmSync(join(folder.root, 'indicators', 'households.yaml'));
    rmSync(join(folder.root, 'metrics', 'households-2022.yaml'));
    expect(writeReleaseNotes(paths)?.bump).toBe('major');
    const [written] = readdirSync(paths.changesets).filter((name) => name.startsWith('data-'));
    const text = readFileSync(join(paths.changesets, written ?? ''), 'utf8');
    // The fixture holds 2 sources, 2 organizations, 2 places, 2 people, 1 document, 3 meetings,
    // 4 metrics, 3 indicators, 1 conflict and 1 redirect.
    expect(text).toContain(
      [
        `Data changes since ${manifest.version}: 3 records added, changed, redirected or removed, and 0 changes to the schemas.`,
        '',
        `| collection | records in ${manifest.version} | records now | added | changed | redirected | removed |`,
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| sources | 2 | 2 | 0 | 0 | 0 | 0 |',
        '| organizations | 2 | 2 | 0 | 0 | 0 | 0 |',
        '| places | 2 | 2 | 0 | 0 | 0 | 0 |',
        '| people | 2 | 2 | 0 | 0 | 0 | 0 |',
        '| documents | 1 | 1 | 0 | 0 | 0 | 0 |',
        '| meetings | 3 | 3 | 0 | 1 | 0 | 0 |',
        '| metrics | 4 | 3 | 0 | 0 | 0 | 1 |',
        '| indicators | 3 | 2 | 0 | 0 | 0 | 1 |',
        '| conflicts | 1 | 1 | 0 | 0 | 0 | 0 |',
        '| redirects | 1 | 1 | 0 | 0 | 0 | 0 |',
        '',
        '<details><summary>Every change, by collection</summary>',
        '',
        '**meetings** (1)',
        '',
        '- Corrected the metrics, title of meeting review-2022.',
        '',
        '**metrics** (1)',
        '',
        '- Removed metric households-2022 without a redirect.',
        '',
      ].join('\n'),
    );
    expect(text).toMatch(
      /\*\*indicators\*\* \(1\)\n\n- Removed indicator households[ .].*\n\n<\/details>\n$/,
    );
  });
});
