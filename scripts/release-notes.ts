/**
 * Writes a changeset whose text is the data diff since the last release, in words ("Added
 * meeting ...; Corrected the date of ..."), with the bump the changes require, for the curator to
 * edit before committing.
 *
 *   tsx scripts/release-notes.ts [--data <dir>] [--manifest <file>] [--changesets <dir>]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeReleaseNotes } from './lib/release-notes.js';
import { DEFAULT_MANIFEST, projectRoot } from './lib/working-state.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(projectRoot, 'data') },
    manifest: { type: 'string', default: DEFAULT_MANIFEST },
    changesets: { type: 'string', default: join(projectRoot, '.changeset') },
  },
});
const written = writeReleaseNotes(values);
console.log(
  written === null
    ? 'No data or schema changes since the last release: no changeset written.'
    : `Wrote ${written.file} (${written.bump}): edit the text, then commit it.`,
);
