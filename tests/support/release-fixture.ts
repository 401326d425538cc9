import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { releaseManifest } from '../../scripts/lib/release-manifest.js';
import { packageInfo } from '../../scripts/lib/working-state.js';
import { fixtureFolder } from './data-folder.js';
import { scratchDir } from './paths.js';

/** A release of the fixture folder, a copy of it to change, and a folder of pending changesets. */
export function releaseFixture(pending: Record<string, 'major' | 'minor' | 'patch'> = {}) {
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
