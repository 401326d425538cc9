import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Bump, BUMPS } from './data-diff.js';

/** A pending changeset file and the bump it asks for this package. */
export interface PendingChangeset {
  readonly file: string;
  readonly bump: Bump;
}

/** The pending changesets in a folder that name `packageName`, with their bumps (README.md and config are not changesets). */
export function pendingChangesets(folder: string, packageName: string): PendingChangeset[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .flatMap((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      const releases = frontMatter ? (parse(frontMatter) as Record<string, unknown> | null) : null;
      const bump = releases?.[packageName];
      return typeof bump === 'string' && (BUMPS as readonly string[]).includes(bump)
        ? [{ file: name, bump: bump as Bump }]
        : [];
    });
}
