/**
 * Fails when the pending changesets ask for a smaller release than the data changes require (or
 * there is none while the data changed), naming the records and fields that require more; also
 * when the package was versioned without writing its release manifest.
 *
 *   tsx scripts/release-check.ts [--data <dir>] [--manifest <file>] [--changesets <dir>]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUMPS, requiredBump } from './lib/data-diff.js';
import { pendingChangesets } from './lib/pending-changesets.js';
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
const { name, version } = packageInfo();
const { manifest, changes } = changesSinceRelease(values.data, values.manifest);
const pending = pendingChangesets(values.changesets, name);
const asked = pending.reduce<(typeof BUMPS)[number] | null>(
  (largest, changeset) =>
    largest === null || BUMPS.indexOf(changeset.bump) > BUMPS.indexOf(largest)
      ? changeset.bump
      : largest,
  null,
);
const needed = requiredBump(changes);

const failures: string[] = [];
if (manifest.version !== version && pending.length === 0) {
  failures.push(
    `package.json is at ${version} but release/manifest.json describes ${manifest.version}: write the manifest of the release (npm run release:manifest).`,
  );
}
if (needed !== null && asked === null) {
  failures.push(
    `the data changed since ${manifest.version} but there is no changeset; run npm run release:notes (a ${needed} release is required).`,
  );
} else if (needed !== null && asked !== null && BUMPS.indexOf(asked) < BUMPS.indexOf(needed)) {
  failures.push(
    `the changesets ask for a ${asked} release but the changes since ${manifest.version} require a ${needed} release, because of:`,
  );
  for (const change of changes.filter((candidate) => candidate.bump === needed))
    failures.push(`  ${change.text}`);
}
if (failures.length > 0) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
console.log(
  needed === null
    ? `release check: no data or schema changes since ${manifest.version}.`
    : `release check: the changesets ask for a ${asked} release; the changes since ${manifest.version} require ${needed}.`,
);
