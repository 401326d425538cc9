import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredBump } from './data-diff.js';
import { contentHash } from './fingerprints.js';
import { changesSinceRelease, packageInfo } from './working-state.js';

/** Writes a changeset whose text is the data diff since the last release, with the bump it requires; null when nothing changed. */
export function writeReleaseNotes(paths: {
  readonly data: string;
  readonly manifest: string;
  readonly changesets: string;
}): { file: string; bump: string } | null {
  const { manifest, changes } = changesSinceRelease(paths.data, paths.manifest);
  const bump = requiredBump(changes);
  if (bump === null) return null;
  const order = ['added', 'redirected', 'removed', 'changed', 'schema'] as const;
  const lines = order.flatMap((kind) =>
    changes.filter((change) => change.kind === kind).map((change) => `- ${change.text}`),
  );
  const file = join(paths.changesets, `data-${contentHash(changes).slice(0, 8)}.md`);
  writeFileSync(
    file,
    `---\n"${packageInfo().name}": ${bump}\n---\n\nData changes since ${manifest.version}:\n\n${lines.join('\n')}\n`,
  );
  return { file, bump };
}
