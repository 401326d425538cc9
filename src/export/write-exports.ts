import { lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { COLLECTION_NAMES, type Ids } from '../core/collections.js';
import type { DatasetRecords } from '../dataset.js';
import { COLLECTIONS } from '../schemas/collections.js';
import {
  dataPackage,
  EXPORT_FORMATS,
  type ExportFormat,
  jsonSchemaOf,
  TABLE_NAMES,
  tableText,
} from './tables.js';

/** Why an export was refused: the target is not a plain folder, or it holds files that --force would replace. */
export class ExportError extends Error {}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file of the data exports, by name: each table in each format, and `datapackage.json` with CSV. */
export function exportFiles(
  records: DatasetRecords<Ids>,
  options: { readonly formats?: readonly ExportFormat[]; readonly version: string },
): Map<string, string> {
  const formats = options.formats ?? EXPORT_FORMATS;
  const files = new Map<string, string>();
  for (const format of formats)
    for (const table of TABLE_NAMES)
      files.set(`${table}.${format}`, tableText(records, table, format));
  if (formats.includes('csv'))
    files.set('datapackage.json', json(dataPackage(records, options.version)));
  return files;
}

/** The JSON Schema of every collection, as `<entity>.schema.json` files. */
export const schemaFiles = (): Map<string, string> =>
  new Map(
    COLLECTION_NAMES.map((name) => [
      `${COLLECTIONS[name].singular}.schema.json`,
      json(jsonSchemaOf(name)),
    ]),
  );

const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * Writes files into a folder all or nothing: they are written into a new folder beside it and
 * moved into place, so a failure leaves the folder as it was, and a link planted in it is
 * replaced, never written through. Files already there are replaced only with `force`; a target
 * that is itself a link or a file is refused. Returns the names written, sorted.
 */
export function writeFolder(
  folder: string,
  files: ReadonlyMap<string, string>,
  options: { readonly force?: boolean } = {},
): string[] {
  const target = resolve(folder);
  const stats = lstatSync(target, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory())
    throw new ExportError(
      `${folder} is ${stats.isSymbolicLink() ? 'a link' : 'not a folder'}: give a folder to write into`,
    );
  const present = stats ? [...files.keys()].filter((name) => exists(join(target, name))) : [];
  if (present.length > 0 && !options.force) {
    const more = present.length > 5 ? ` and ${present.length - 5} more` : '';
    throw new ExportError(
      `${folder} already holds ${present.slice(0, 5).join(', ')}${more}; pass --force to replace them`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  const backup = join(staging, '.replaced');
  const moved: string[] = [];
  try {
    for (const [name, text] of files) writeFileSync(join(staging, name), text, { flag: 'wx' });
    if (!stats) renameSync(staging, target);
    else {
      mkdirSync(backup);
      for (const name of present) renameSync(join(target, name), join(backup, name));
      for (const name of files.keys()) {
        renameSync(join(staging, name), join(target, name));
        moved.push(name);
      }
    }
    return [...files.keys()].sort();
  } catch (error) {
    // Put the folder back as it was: remove what was moved in, move back what was moved out.
    for (const name of moved) rmSync(join(target, name), { force: true });
    for (const name of present)
      if (exists(join(backup, name))) renameSync(join(backup, name), join(target, name));
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
