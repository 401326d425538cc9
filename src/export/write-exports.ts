import { stringify } from 'csv-stringify/sync';
import { COLLECTION_NAMES, type Ids } from '../core/collections.js';
import type { DatasetRecords } from '../dataset.js';
import { COLLECTIONS } from '../schemas/collections.js';
import { dataPackage } from './datapackage.js';
import { type Cell, jsonSchemaOf, type Table, TABLES, tableRows } from './tables.js';
import type { FileContents } from './write-folder.js';

/** The formats of the data exports, each written to a folder of its own name. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'parquet', 'sqlite'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the package ships in dist/data: the CSV tables with their Data Package, and the Parquet files. */
export const SHIPPED_FORMATS: readonly ExportFormat[] = ['csv', 'parquet'];

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
