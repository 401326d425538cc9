import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { COLLECTION_NAMES, type Ids } from '../core/collections.js';
import type { DatasetRecords } from '../dataset.js';
import { COLLECTIONS } from '../schemas/collections.js';
import { dataPackage } from './datapackage.js';
import { type Cell, jsonSchemaOf, type Table, TABLES, tableRows } from './tables.js';

/** Why an export was refused: the target is not a plain folder, or it holds files that --force would replace. */
export class ExportError extends Error {}

/** The formats of the data exports, each written to a folder of its own name. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'parquet', 'sqlite'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the package ships in dist/data: the CSV tables with their Data Package, and the Parquet files. */
export const SHIPPED_FORMATS: readonly ExportFormat[] = ['csv', 'parquet'];

/** A file's contents: text, or bytes. */
export type FileContents = string | Uint8Array;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A cell as CSV text: empty for null, true/false, numbers as JavaScript writes them. */
function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  throw new Error(`a table cell holds ${JSON.stringify(value)}`);
}

/** A table as RFC 4180 CSV: UTF-8, a header row, CRLF between records, fields quoted where needed. */
export function csvText(records: DatasetRecords<Ids>, table: Table): string {
  const names = table.columns.map((column) => column.name);
  const rows = tableRows(records, table).map((row) =>
    names.map((name) => csvCell(row[name] ?? null)),
  );
  // RFC 4180: CRLF between records, and any field holding a line break (even a lone \n or \r) quoted.
  return stringify([names, ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** A table as NDJSON: one JSON object per row and line, its keys the column names, null for no value. */
export function ndjsonText(records: DatasetRecords<Ids>, table: Table): string {
  return tableRows(records, table)
    .map((row) => `${JSON.stringify(row)}\n`)
    .join('');
}

/**
 * Every file of the data exports, by path inside the export folder, each format in a folder of
 * its own name: `csv/<table>.csv` and `csv/datapackage.json`; `ndjson/<table>.ndjson` and
 * `ndjson/datapackage.json`; `parquet/<table>.parquet`; `json/<collection>.json` (the records,
 * nested, as the API gives them); `sqlite/mnd-mps.sqlite` and `sqlite/metadata.json` (for
 * Datasette). The Parquet writer and SQLite are loaded only when their format is asked for.
 */
export async function exportFiles(
  records: DatasetRecords<Ids>,
  options: { readonly formats?: readonly ExportFormat[]; readonly version: string },
): Promise<Map<string, FileContents>> {
  const formats = options.formats ?? EXPORT_FORMATS;
  const files = new Map<string, FileContents>();
  for (const format of EXPORT_FORMATS.filter((name) => formats.includes(name))) {
    if (format === 'csv' || format === 'ndjson') {
      for (const table of TABLES)
        files.set(
          `${format}/${table.name}.${format}`,
          format === 'csv' ? csvText(records, table) : ndjsonText(records, table),
        );
      files.set(`${format}/datapackage.json`, json(dataPackage(records, options.version, format)));
    } else if (format === 'json') {
      for (const collection of COLLECTION_NAMES)
        files.set(`json/${collection}.json`, json(records[collection]));
    } else if (format === 'parquet') {
      const { parquetFile } = await import('./parquet.js');
      for (const table of TABLES)
        files.set(`parquet/${table.name}.parquet`, parquetFile(records, table));
    } else {
      const { DATABASE_FILE, datasetteMetadata, sqliteDatabase } = await import('./sqlite.js');
      files.set(`sqlite/${DATABASE_FILE}`, await sqliteDatabase(records));
      files.set('sqlite/metadata.json', json(datasetteMetadata(options.version)));
    }
  }
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

/** The folders that a list of file paths ("csv/meetings.csv") lie in, outermost first. */
function foldersOf(names: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const name of names) {
    const parts = name.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes(sep)))
      throw new Error(`not a plain relative path: ${name}`);
    for (let depth = 1; depth < parts.length; depth += 1)
      folders.add(parts.slice(0, depth).join('/'));
  }
  return [...folders].sort((a, b) => a.split('/').length - b.split('/').length);
}

/**
 * Writes files into a folder all or nothing: they are written into a new folder beside it and
 * moved into place, so a failure leaves the folder as it was, and a link planted in it is
 * replaced, never written through. A name may hold folders ("csv/meetings.csv"): a folder
 * missing in the target is made (and removed again on failure), and one that is a link or a file
 * is refused, so nothing is written through it either. Files already there are replaced only
 * with `force`; a target that is itself a link or a file is refused. Returns the names written,
 * sorted.
 */
export function writeFolder(
  folder: string,
  files: ReadonlyMap<string, FileContents>,
  options: { readonly force?: boolean } = {},
): string[] {
  const target = resolve(folder);
  const stats = lstatSync(target, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory())
    throw new ExportError(
      `${folder} is ${stats.isSymbolicLink() ? 'a link' : 'not a folder'}: give a folder to write into`,
    );
  const folders = foldersOf(files.keys());
  const missing: string[] = [];
  if (stats)
    for (const inner of folders) {
      const found = lstatSync(join(target, inner), { throwIfNoEntry: false });
      if (!found) missing.push(inner);
      else if (!found.isDirectory())
        throw new ExportError(
          `${join(folder, inner)} is ${found.isSymbolicLink() ? 'a link' : 'not a folder'}: remove it, or give another folder to write into`,
        );
    }
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
  const created: string[] = [];
  const moved: string[] = [];
  try {
    for (const inner of folders) mkdirSync(join(staging, inner));
    for (const [name, contents] of files)
      writeFileSync(join(staging, name), contents, { flag: 'wx' });
    if (!stats) renameSync(staging, target);
    else {
      mkdirSync(backup);
      for (const inner of folders) mkdirSync(join(backup, inner));
      for (const inner of missing) {
        mkdirSync(join(target, inner));
        created.push(inner);
      }
      for (const name of present) renameSync(join(target, name), join(backup, name));
      for (const name of files.keys()) {
        renameSync(join(staging, name), join(target, name));
        moved.push(name);
      }
    }
    return [...files.keys()].sort();
  } catch (error) {
    // Put the folder back as it was: remove what was moved in, move back what was moved out,
    // remove the folders made.
    for (const name of moved) rmSync(join(target, name), { force: true });
    for (const name of present)
      if (exists(join(backup, name))) renameSync(join(backup, name), join(target, name));
    for (const inner of created.reverse()) rmdirSync(join(target, inner));
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
