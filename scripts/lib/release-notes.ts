import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../../src/core/collections.js';
import { type Change, requiredBump } from './data-diff.js';
import { contentHash } from './fingerprints.js';
import { changesSinceRelease, packageInfo } from './working-state.js';

const KINDS = ['added', 'redirected', 'removed', 'changed', 'schema'] as const;

/**
 * Writes a changeset whose text is the data diff since the last release, with the bump it
 * requires; null when nothing changed. It opens with a table of the records of each collection
 * (then and now; added, changed, redirected and removed), then lists every change in words,
 * collection by collection, the schema changes last, folded under `<details>` (the list of a
 * release that adds hundreds of records is long).
 *
 * @example
 * const written = writeReleaseNotes({ data: 'data', manifest: 'release/manifest.json', changesets: '.changeset' });
 * console.log(written?.bump);
 */
export function writeReleaseNotes(paths: {
  readonly data: string;
  readonly manifest: string;
  readonly changesets: string;
}): { file: string; bump: string } | null {
  const { manifest, records, changes } = changesSinceRelease(paths.data, paths.manifest);
  const bump = requiredBump(changes);
  if (bump === null) return null;
  const count = (collection: string, kind: Change['kind']) =>
    changes.filter((change) => change.collection === collection && change.kind === kind).length;
  const rows = COLLECTION_NAMES.map((collection) => [
    collection,
    Object.keys(manifest.records[collection] ?? {}).length,
    records[collection].length,
    count(collection, 'added'),
    count(collection, 'changed'),
    count(collection, 'redirected'),
    count(collection, 'removed'),
  ]).filter(([, before, now, ...counts]) => before !== 0 || now !== 0 || counts.some(Boolean));
  const table = [
    `| collection | records in ${manifest.version} | records now | added | changed | redirected | removed |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  const schema = changes.filter((change) => change.kind === 'schema');
  const sections = [
    ...COLLECTION_NAMES.map((collection) => ({
      heading: collection,
      changes: KINDS.flatMap((kind) =>
        changes.filter((change) => change.collection === collection && change.kind === kind),
      ),
    })),
    { heading: 'schemas', changes: schema },
  ].filter((section) => section.changes.length > 0);
  const list = sections.flatMap(({ heading, changes: listed }) => [
    `**${heading}** (${listed.length})`,
    '',
    ...listed.map((change) => `- ${change.text}`),
    '',
  ]);
  const recordChanges = changes.length - schema.length;
  const text = [
    `Data changes since ${manifest.version}: ${recordChanges} ${recordChanges === 1 ? 'record' : 'records'} added, changed, redirected or removed, and ${schema.length} ${schema.length === 1 ? 'change' : 'changes'} to the schemas.`,
    '',
    ...table,
    '',
    '<details><summary>Every change, by collection</summary>',
    '',
    ...list,
    '</details>',
  ];
  const file = join(paths.changesets, `data-${contentHash(changes).slice(0, 8)}.md`);
  writeFileSync(file, `---\n"${packageInfo().name}": ${bump}\n---\n\n${text.join('\n')}\n`);
  return { file, bump };
}
