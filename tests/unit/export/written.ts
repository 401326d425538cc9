import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { bundled } from '../../../src/bundled.js';
import { exportFiles, type ExportFormat } from '../../../src/export/write-exports.js';
import { scratchDir } from '../../support/paths.js';

const written = new Map<string, Promise<string>>();

/** The bundled data exported in some formats into a scratch folder, once per test worker: the folder. */
export function writtenExports(...formats: ExportFormat[]): Promise<string> {
  const key = formats.join(',');
  let folder = written.get(key);
  if (!folder) {
    folder = exportFiles(bundled, { formats, version: '0.0.0-test' }).then((files) => {
      const root = scratchDir('exports');
      for (const [name, contents] of files) {
        mkdirSync(dirname(join(root, name)), { recursive: true });
        writeFileSync(join(root, name), contents);
      }
      return root;
    });
    written.set(key, folder);
  }
  return folder;
}

/** An in-memory DuckDB connection, and a function that runs a query and gives its rows as JSON values. */
export async function duckdb(): Promise<{
  rows: (sql: string) => Promise<Record<string, unknown>[]>;
  close: () => void;
  db: DuckDBConnection;
}> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  return {
    db,
    rows: async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson() as never,
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}

/** A string as an SQL literal. */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
