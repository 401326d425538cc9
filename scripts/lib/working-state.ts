import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import type { Ids } from '../../src/core/collections.js';
import { formatProblem } from '../../src/core/problem.js';
import type { DatasetRecords } from '../../src/dataset.js';
import { type Change, diffRelease } from './data-diff.js';
import { readManifest, releaseManifest, type ReleaseManifest } from './release-manifest.js';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MANIFEST = join(projectRoot, 'release', 'manifest.json');

/** The package's name and version. */
export function packageInfo(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
}

/** The valid records of a data folder; prints every problem and exits 1 when the folder is not valid. */
export function loadRecords(dataFolder: string): DatasetRecords<Ids> {
  const { records, problems } = validateDataFolder(dataFolder);
  if (problems.length > 0 || !records) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(
      `${problems.length} problem(s) in ${dataFolder}: fix them before comparing with a release.`,
    );
    process.exit(1);
  }
  return records;
}

/** The working records, the last release's manifest, and the changes between them. */
export function changesSinceRelease(
  dataFolder: string,
  manifestPath: string,
): { records: DatasetRecords<Ids>; manifest: ReleaseManifest; changes: Change[] } {
  const records = loadRecords(dataFolder);
  const manifest = readManifest(manifestPath);
  return {
    records,
    manifest,
    changes: diffRelease(manifest, records, releaseManifest(records, packageInfo().version)),
  };
}
