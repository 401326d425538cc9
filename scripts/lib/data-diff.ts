import { COLLECTION_NAMES, type CollectionName, type Ids } from '../../src/core/collections.js';
import type { DatasetRecords } from '../../src/dataset.js';
import type { JsonSchema } from '../../src/export/tables.js';
import { COLLECTIONS } from '../../src/schemas/collections.js';
import type { ReleaseManifest } from './release-manifest.js';
import { diffSchemas } from './schema-diff.js';

/** A semver bump, smallest first. */
export const BUMPS = ['patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

/** One difference between the working data and the last release, with the bump it requires and a sentence for release notes. */
export interface Change {
  readonly bump: Bump;
  readonly kind: 'added' | 'removed' | 'redirected' | 'changed' | 'schema';
  readonly collection?: CollectionName;
  readonly id?: string;
  readonly fields?: readonly string[];
  readonly text: string;
}

const titleOf = (record: Record<string, unknown>) =>
  String(record.title ?? record.name ?? record.label ?? '');

/**
 * The differences between a release manifest and the working records and schemas:
 * added records (minor), removed ids (major, or minor when a redirect names the successor),
 * changed records with the fields that changed (patch), and schema changes (see `diffSchemas`).
 */
export function diffRelease(
  manifest: ReleaseManifest,
  records: DatasetRecords<Ids>,
  current: ReleaseManifest,
): Change[] {
  const changes: Change[] = [];
  for (const collection of COLLECTION_NAMES) {
    const entity = COLLECTIONS[collection].singular;
    const before = manifest.records[collection] ?? {};
    const now = current.records[collection] ?? {};
    const byId = new Map(
      (records[collection] as readonly Record<string, unknown>[]).map((record) => [
        String(record.id),
        record,
      ]),
    );
    for (const id of Object.keys(now)) {
      const was = before[id];
      if (!was) {
        const title = titleOf(byId.get(id) ?? {});
        changes.push({
          bump: 'minor',
          kind: 'added',
          collection,
          id,
          text: `Added ${entity} ${id}${title ? ` (${title})` : ''}.`,
        });
        continue;
      }
      const record = now[id];
      if (!record || record.hash === was.hash) continue;
      const fields = [...new Set([...Object.keys(was.fields), ...Object.keys(record.fields)])]
        .filter((field) => was.fields[field] !== record.fields[field])
        .sort();
      changes.push({
        bump: 'patch',
        kind: 'changed',
        collection,
        id,
        fields,
        text: `Corrected the ${fields.join(', ')} of ${entity} ${id}.`,
      });
    }
    for (const id of Object.keys(before)) {
      if (now[id]) continue;
      const redirect = records.redirects.find(
        (candidate) => candidate.collection === collection && candidate.id === id,
      );
      changes.push(
        redirect
          ? {
              bump: 'minor',
              kind: 'redirected',
              collection,
              id,
              text: `Retired ${entity} ${id}, which now resolves to ${redirect.to} (${redirect.reason}).`,
            }
          : {
              bump: 'major',
              kind: 'removed',
              collection,
              id,
              text: `Removed ${entity} ${id} without a redirect.`,
            },
      );
    }
  }
  for (const [entity, schema] of Object.entries(current.schemas)) {
    const before = manifest.schemas[entity] as JsonSchema | undefined;
    if (!before) {
      changes.push({ bump: 'minor', kind: 'schema', text: `New record type ${entity}.` });
      continue;
    }
    for (const change of diffSchemas(before, schema, current.inputSchemas?.[entity]))
      changes.push({
        bump: change.bump,
        kind: 'schema',
        fields: [`${entity}.${change.field}`],
        text: `Schema of ${entity}: field ${change.field} ${change.detail}.`,
      });
  }
  for (const entity of Object.keys(manifest.schemas)) {
    if (!current.schemas[entity])
      changes.push({ bump: 'major', kind: 'schema', text: `Removed record type ${entity}.` });
  }
  return changes;
}

/** The largest bump the changes require, or null when there are none. */
export function requiredBump(changes: readonly Change[]): Bump | null {
  return changes.reduce<Bump | null>(
    (largest, change) =>
      largest === null || BUMPS.indexOf(change.bump) > BUMPS.indexOf(largest)
        ? change.bump
        : largest,
    null,
  );
}
