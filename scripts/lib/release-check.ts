import { existsSync, readFileSync } from 'node:fs';
import { BUMPS, requiredBump } from './data-diff.js';
import { pendingChangesets } from './pending-changesets.js';
import { changesSinceRelease, packageInfo } from './working-state.js';

/**
 * Whether the pending changesets ask for at least the release the data changes require (and,
 * when none is pending, whether the manifest and the changelog's latest entry are of the version
 * in package.json): the lines to print and the verdict.
 *
 * @example
 * const { ok, lines } = checkRelease({ data: 'data', manifest: 'release/manifest.json', changesets: '.changeset', changelog: 'CHANGELOG.md' });
 * console.log(ok, lines.join('\n'));
 */
export function checkRelease(paths: {
  readonly data: string;
  readonly manifest: string;
  readonly changesets: string;
  readonly changelog?: string;
}): { ok: boolean; lines: string[] } {
  const { name, version } = packageInfo();
  const { manifest, changes } = changesSinceRelease(paths.data, paths.manifest);
  const pending = pendingChangesets(paths.changesets, name);
  const asked = pending.reduce<(typeof BUMPS)[number] | null>(
    (largest, changeset) =>
      largest === null || BUMPS.indexOf(changeset.bump) > BUMPS.indexOf(largest)
        ? changeset.bump
        : largest,
    null,
  );
  const needed = requiredBump(changes);
  const failures: string[] = [];
  if (manifest.version !== version && pending.length === 0)
    failures.push(
      `package.json is at ${version} but release/manifest.json describes ${manifest.version}: write the manifest of the release (npm run release:manifest).`,
    );
  if (paths.changelog !== undefined && pending.length === 0) {
    const text = existsSync(paths.changelog) ? readFileSync(paths.changelog, 'utf8') : '';
    const latest = /^## (\S+)/m.exec(text)?.[1] ?? null;
    if (latest !== version)
      failures.push(
        `package.json is at ${version} but the latest entry of ${paths.changelog} is ${latest ?? 'missing'}: version the release with npx changeset version.`,
      );
  }
  if (needed !== null && asked === null)
    failures.push(
      `the data changed since ${manifest.version} but there is no changeset; run npm run release:notes (a ${needed} release is required).`,
    );
  else if (needed !== null && asked !== null && BUMPS.indexOf(asked) < BUMPS.indexOf(needed)) {
    failures.push(
      `the changesets ask for a ${asked} release but the changes since ${manifest.version} require a ${needed} release, because of:`,
    );
    for (const change of changes.filter((candidate) => candidate.bump === needed))
      failures.push(`  ${change.text}`);
  }
  if (failures.length > 0) return { ok: false, lines: failures };
  return {
    ok: true,
    lines: [
      needed === null
        ? `release check: no data or schema changes since ${manifest.version}.`
        : `release check: the changesets ask for a ${asked} release; the changes since ${manifest.version} require ${needed}.`,
    ],
  };
}
