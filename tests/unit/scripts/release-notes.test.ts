import { readdirSync, readFileSync } from 'node:fs';
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
      /^---\n"mnd-mps-coordination": patch\n---\n\nData changes since .*:\n\n- Corrected the title of meeting review-2022\.\n$/,
    );
    expect(checkRelease(paths).ok).toBe(true);
  });
});
