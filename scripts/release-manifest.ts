/**
 * Writes release/manifest.json for the current package version: the content hash of every
 * record and field and the JSON Schemas. Run it when preparing a release, after
 * `changeset version`; data:diff and release:check compare with it.
 *
 *   tsx scripts/release-manifest.ts [--data <dir>] [--out <file>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { releaseManifest } from './lib/release-manifest.js';
import { DEFAULT_MANIFEST, loadRecords, packageInfo, projectRoot } from './lib/working-state.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(projectRoot, 'data') },
    out: { type: 'string', default: DEFAULT_MANIFEST },
  },
});
const { version } = packageInfo();
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify(releaseManifest(loadRecords(values.data), version), null, 2)}\n`,
);
console.log(`Wrote the manifest of ${version} to ${values.out}.`);
