import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import type { Database, SqlJsStatic } from 'sql.js';
import { type Ids, NAME_FIELDS } from '../core/collections.js';
import { foldText } from '../core/text.js';
import type { DatasetRecords } from '../dataset.js';
import { DATASET } from './datapackage.js';
import { type ColumnType, type Table, TABLES, tableRows } from './tables.js';

/** The file name of the database the export writes. */
export const DATABASE_FILE = 'mnd-mps.sqlite';

/**
 * sql.js (SQLite compiled to WebAssembly): the copy the build puts in dist/sqljs/ beside the
 * package's chunks (its .wasm file compressed with Brotli), or, when the code runs from src/, the
 * one in node_modules. Loaded only when a database is written.
 */
async function loadSqlJs(): Promise<SqlJsStatic> {
  const here = dirname(fileURLToPath(import.meta.url));
  const shipped = [here, join(here, '..')]
    .map((folder) => join(folder, 'sqljs'))
    .find((folder) => existsSync(join(folder, 'sql-wasm.cjs')));
  const load = createRequire(import.meta.url);
  const init = load(shipped ? join(shipped, 'sql-wasm.cjs') : 'sql.js') as (
    config: object,
  ) => Promise<SqlJsStatic>;
  const wasm = shipped
    ? brotliDecompressSync(readFileSync(join(shipped, 'sql-wasm.wasm.br')))
    : readFileSync(load.resolve('sql.js/dist/sql-wasm.wasm'));
  return init({
    wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
  });
}

const SQL_TYPES: Record<ColumnType, string> = {
  string: 'TEXT',
  date: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
};

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The CREATE TABLE statement of a table: typed columns, NOT NULL, checks of enumerations and booleans, the primary key and the foreign keys. */
export function createTableSql(table: Table): string {
  const lines = table.columns.map((column) => {
    const checks = column.enum
      ? ` CHECK (${column.name} IN (${column.enum.map(quoted).join(', ')}))`
      : column.type === 'boolean'
        ? ` CHECK (${column.name} IN (0, 1))`
        : column.type === 'date'
          ? ` CHECK (${column.name} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`
          : '';
    return `  ${column.name} ${SQL_TYPES[column.type]}${column.required ? ' NOT NULL' : ''}${checks}`;
  });
  lines.push(`  PRIMARY KEY (${table.primaryKey.join(', ')})`);
  for (const key of table.foreignKeys)
    lines.push(
      `  FOREIGN KEY (${key.columns.join(', ')}) REFERENCES ${key.table} (${key.references.join(', ')})`,
    );
  return `CREATE TABLE ${table.name} (\n${lines.join(',\n')}\n)`;
}

/**
 * The views for the common questions. `meeting_co_chair_ranks`: each meeting with each of its
 * co-chairs, in order, and each rank a report gives the co-chair at that meeting (one row per
 * rendering; none reported gives one row with nulls). `metric_series`: every metric with its
 * indicator, scope, period and quantity, in the order a series is read.
 */
export const VIEWS: Readonly<Record<string, { description: string; sql: string }>> = {
  meeting_co_chair_ranks: {
    description:
      'Each meeting with each of its co-chairs, in order, and each rank a report gives the co-chair at that meeting, as written (one row per rendering; a co-chair no report gives a rank there has one row with nulls).',
    sql: `SELECT m.id AS meeting, m.date_edtf, m.date_earliest, m.title, m.level, m.place,
  c.position AS co_chair_position, p.id AS person, p.name, p.vietnamese_name,
  r.as_reported AS rank_as_reported, r.rank
FROM meetings m
JOIN meeting_co_chairs c ON c.meeting = m.id
JOIN people p ON p.id = c.person
LEFT JOIN (SELECT DISTINCT person, meeting, as_reported, rank FROM person_ranks) r
  ON r.person = c.person AND r.meeting = m.id
ORDER BY m.date_earliest, m.id, c.position, r.as_reported`,
  },
  metric_series: {
    description:
      'Every metric with its indicator, scope, period and quantity (the words as written and the bounds they imply), ordered by indicator, scope and period: the series of each indicator.',
    sql: `SELECT i.id AS indicator, i.label AS indicator_label, i.category, x.unit,
  x.scope_level, x.scope_place, pl.name AS place_name,
  x.period_edtf, x.period_earliest, x.period_latest, x.cumulative,
  x.quantity_value, x.quantity_qualifier, x.quantity_lower, x.quantity_upper, x.quantity_as_reported,
  x.id AS metric, x.meeting, m.date_edtf AS meeting_date
FROM metrics x
JOIN indicators i ON i.id = x.indicator
JOIN meetings m ON m.id = x.meeting
LEFT JOIN places pl ON pl.id = x.scope_place
ORDER BY i.id, x.scope_level, x.scope_place, x.period_earliest, x.period_latest, x.id`,
  },
};

/**
 * Where names are ({@link NAME_FIELDS}): the name columns of the tables of the named collections
 * and of their lists of words (other names, abbreviations, other titles).
 */
const nameSources = () =>
  TABLES.flatMap((table) => {
    const fields = table.collection === null ? undefined : NAME_FIELDS[table.collection];
    const columns = table.columns.filter((column) => {
      const path = 'path' in column.from ? [...(table.lists[0] ?? []), ...column.from.path] : [];
      return table.lists.length <= 1 && fields?.includes(path.join('.'));
    });
    return columns.length > 0 ? [{ table, columns }] : [];
  });

/**
 * A SQLite database of every table (typed columns, primary and foreign keys, checks), the views
 * of {@link VIEWS}, and a full-text index of every name in both languages: the table `names`
 * (collection, record_id, field, name, and the name folded to plain letters, đ as d) and its
 * FTS5 index `names_fts` (FTS4 where the SQLite build has no FTS5), with diacritics removed, so
 * that `names_fts MATCH 'tran quoc to'` finds "Trần Quốc Tô". Its foreign keys are checked before
 * the file is returned.
 */
export async function sqliteDatabase(records: DatasetRecords<Ids>): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    fill(db, records);
    return db.export();
  } finally {
    db.close();
  }
}

function fill(db: Database, records: DatasetRecords<Ids>): void {
  db.run('PRAGMA foreign_keys = OFF');
  db.run('BEGIN');
  for (const table of TABLES) {
    db.run(createTableSql(table));
    const statement = db.prepare(
      `INSERT INTO ${table.name} (${table.columns.map((column) => column.name).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
    );
    for (const row of tableRows(records, table))
      statement.run(
        table.columns.map((column) => {
          const cell = row[column.name] ?? null;
          return typeof cell === 'boolean' ? Number(cell) : cell;
        }),
      );
    statement.free();
  }
  for (const [name, view] of Object.entries(VIEWS)) db.run(`CREATE VIEW ${name} AS\n${view.sql}`);
  // The names, and their full-text index (external content: the index reads the names table).
  db.run(
    `CREATE TABLE names (
  collection TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  name TEXT NOT NULL,
  folded TEXT NOT NULL
)`,
  );
  const insert = db.prepare(
    'INSERT INTO names (collection, record_id, field, name, folded) VALUES (?, ?, ?, ?, ?)',
  );
  for (const { table, columns } of nameSources())
    for (const row of tableRows(records, table))
      for (const column of columns) {
        const name = row[column.name];
        const id = table.kind === 'records' ? row.id : row[table.columns[0]?.name ?? ''];
        if (typeof name === 'string' && typeof id === 'string')
          insert.run([table.collection, id, column.name, name, foldText(name, true)]);
      }
  insert.free();
  const fts = hasModule(db, 'fts5') ? 'fts5' : 'fts4';
  const tokenize =
    fts === 'fts5'
      ? "tokenize = 'unicode61 remove_diacritics 2'"
      : 'tokenize=unicode61 "remove_diacritics=2"';
  db.run(
    fts === 'fts5'
      ? `CREATE VIRTUAL TABLE names_fts USING fts5(name, folded, content='names', ${tokenize})`
      : `CREATE VIRTUAL TABLE names_fts USING fts4(name, folded, content="names", ${tokenize})`,
  );
  db.run("INSERT INTO names_fts (names_fts) VALUES ('rebuild')");
  db.run('COMMIT');
  const problems = db.exec('PRAGMA foreign_key_check');
  if (problems.length > 0)
    throw new Error(
      `the database breaks its foreign keys: ${JSON.stringify(problems[0]?.values.slice(0, 5))}`,
    );
}

/** Whether the SQLite build has a virtual table module (FTS5, FTS4). */
function hasModule(db: Database, module: string): boolean {
  try {
    db.run(`CREATE VIRTUAL TABLE temp.probe USING ${module}(x)`);
    db.run('DROP TABLE temp.probe');
    return true;
  } catch {
    return false;
  }
}

/**
 * Datasette's metadata for the database (`datasette mnd-mps.sqlite -m metadata.json`): the
 * title, description, licence and source, and a description of every table, column and view.
 */
export function datasetteMetadata(version: string): Record<string, unknown> {
  const database = DATABASE_FILE.replace(/\.sqlite$/, '');
  return {
    title: DATASET.title,
    description: DATASET.description,
    license: DATASET.license.name,
    license_url: DATASET.license.path,
    source: `${DATASET.name} ${version}`,
    source_url: DATASET.homepage,
    databases: {
      [database]: {
        tables: {
          ...Object.fromEntries(
            TABLES.map((table) => [
              table.name,
              {
                description: table.description,
                columns: Object.fromEntries(
                  table.columns.map((column) => [column.name, column.description]),
                ),
              },
            ]),
          ),
          ...Object.fromEntries(
            Object.entries(VIEWS).map(([name, view]) => [name, { description: view.description }]),
          ),
          names: {
            description:
              'Every name of the people, organizations, places, documents and meetings, in English and Vietnamese (name, vietnamese_name, other names, abbreviations, titles, numbers), with the name folded to plain letters; names_fts is its full-text index.',
            columns: {
              collection: 'The collection of the record the name belongs to.',
              record_id: "The record's id.",
              field: 'The column the name comes from: name, vietnamese_name, other_name, ...',
              name: 'The name as written.',
              folded: 'The name without diacritics, đ written d: what an ASCII search matches.',
            },
          },
        },
      },
    },
  };
}
