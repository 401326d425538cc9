/**
 * Compares the working data with the last release's manifest and prints what changed: added,
 * removed and redirected records, changed records field by field, and schema changes, each with
 * the semver bump it requires.
 *
 *   tsx scripts/data-diff.ts [--json] [--check] [--data <dir>] [--manifest <file>]
 *
 * --check exits 1 when anything changed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { requiredBump } from './lib/data-diff.js';
import { changesSinceRelease, DEFAULT_MANIFEST, projectRoot } from './lib/working-state.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    check: { type: 'boolean' },
    data: { type: 'string', default: join(projectRoot, 'data') },
    manifest: { type: 'string', default: DEFAULT_MANIFEST },
  },
});
const { manifest, changes } = changesSinceRelease(values.data, values.manifest);
const bump = requiredBump(changes);
if (values.json) {
  console.log(JSON.stringify({ since: manifest.version, requiredBump: bump, changes }, null, 2));
} else if (changes.length === 0) {
  console.log(`No changes since ${manifest.version}.`);
} else {
  console.log(`Changes since ${manifest.version} (requires a ${bump} release):`);
  for (const change of changes) console.log(`  [${change.bump}] ${change.text}`);
}
process.exit(values.check && changes.length > 0 ? 1 : 0);
