import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { DatasetRecords } from '../dataset/collections.js';
import { COLLECTION_NAMES } from '../dataset/collections.js';
import { columnsOf, dataPackage, TABLE_NAMES, type TableName } from './data-package.js';
import { evidenceRows } from './evidence-table.js';
import { ENTITY_NAMES, jsonSchemaOf } from './json-schemas.js';
import { tableRow } from './table-columns.js';

/** The file formats of the data exports. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

function rowsOf(records: DatasetRecords, table: TableName): readonly unknown[] {
  return table === 'evidence' ? evidenceRows(records) : records[table];
}

/** The text of one table in one format: a JSON array, NDJSON (one record per line) or RFC 4180 CSV with a header row. */
export function tableText(records: DatasetRecords, table: TableName, format: ExportFormat): string {
  const rows = rowsOf(records, table);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'ndjson') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  const columns = columnsOf(table);
  // RFC 4180: CRLF between records, and any field holding a line break (even a lone \n or \r) quoted.
  return stringify(
    [columns.map((column) => column.name), ...rows.map((row) => tableRow(row, columns))],
    { record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

/**
 * Writes every table (each collection and the evidence table) in each format to `folder`, as
 * `<table>.json`, `<table>.ndjson` and `<table>.csv`, and with CSV a `datapackage.json` that
 * describes the tables. Returns the file names written, sorted.
 */
export function writeDataExports(
  records: DatasetRecords,
  folder: string,
  options: { formats?: readonly ExportFormat[]; version: string },
): string[] {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    written.push(name);
  };
  for (const format of options.formats ?? EXPORT_FORMATS) {
    for (const table of TABLE_NAMES) write(`${table}.${format}`, tableText(records, table, format));
  }
  if ((options.formats ?? EXPORT_FORMATS).includes('csv'))
    write(
      'datapackage.json',
      `${JSON.stringify(dataPackage(records, options.version), null, 2)}\n`,
    );
  return written.sort();
}

/** Writes `<entity>.schema.json` for every collection to `folder`. Returns the file names, sorted. */
export function writeJsonSchemas(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return COLLECTION_NAMES.map((collection) => {
    const name = `${ENTITY_NAMES[collection]}.schema.json`;
    writeFileSync(join(folder, name), `${JSON.stringify(jsonSchemaOf(collection), null, 2)}\n`);
    return name;
  }).sort();
}
