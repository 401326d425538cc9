/**
 * Writes a changeset whose text is the data diff since the last release, in words ("Added
 * meeting ...; Corrected the date of ..."), with the bump the changes require, for the curator to
 * edit before committing.
 *
 *   tsx scripts/release-notes.ts [--data <dir>] [--manifest <file>] [--changesets <dir>]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentHash } from '../src/export/fingerprints.js';
import { requiredBump } from './lib/data-diff.js';
import {
  changesSinceRelease,
  DEFAULT_MANIFEST,
  packageInfo,
  projectRoot,
} from './lib/working-state.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(projectRoot, 'data') },
    manifest: { type: 'string', default: DEFAULT_MANIFEST },
    changesets: { type: 'string', default: join(projectRoot, '.changeset') },
  },
});
const { manifest, changes } = changesSinceRelease(values.data, values.manifest);
const bump = requiredBump(changes);
if (bump === null) {
  console.log(`No data or schema changes since ${manifest.version}: no changeset written.`);
  process.exit(0);
}
const order = ['added', 'redirected', 'removed', 'changed', 'schema'] as const;
const lines = order.flatMap((kind) =>
  changes.filter((change) => change.kind === kind).map((change) => `- ${change.text}`),
);
const file = join(values.changesets, `data-${contentHash(changes).slice(0, 8)}.md`);
writeFileSync(
  file,
  `---\n"${packageInfo().name}": ${bump}\n---\n\nData changes since ${manifest.version}:\n\n${lines.join('\n')}\n`,
);
console.log(`Wrote ${file} (${bump}): edit the text, then commit it.`);
