import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS as CLI_FORMATS } from '../../../src/cli/commands/export.js';
import { bundled } from '../../../src/bundled.js';
import { COLLECTION_NAMES } from '../../../src/core/collections.js';
import { type Table, TABLES, tableNamed, tableRows } from '../../../src/export/tables.js';
import {
  csvText,
  EXPORT_FORMATS,
  ExportError,
  exportFiles,
  ndjsonText,
  writeFolder,
} from '../../../src/export/write-exports.js';
import { createDataset } from '../../../src/validate/validate-records.js';
import { scratchDir } from '../../support/paths.js';
import { duckdb, literal, writtenExports } from './written.js';

describe('the CSV and NDJSON writers', () => {
  // Every table as CSV, parsed back: the header and the rows of cells.
  const parsed = new Map<Table, string[][]>();
  const cellsOf = (table: Table) => {
    let cells = parsed.get(table);
    if (!cells) {
      const text = csvText(bundled, table);
      expect(text.endsWith('\r\n')).toBe(true);
      cells = parse(text, { record_delimiter: '\r\n' }) as string[][];
      parsed.set(table, cells);
    }
    return cells;
  };

  it('write every table as CSV that parses back, cell by cell, to its rows', () => {
    for (const table of TABLES) {
      const [header, ...cells] = cellsOf(table);
      expect(header).toEqual(table.columns.map((column) => column.name));
      const rows = tableRows(bundled, table).map((row) =>
        table.columns.map((column) => {
          const value = row[column.name] ?? null;
          return value === null ? '' : String(value);
        }),
      );
      expect(cells, table.name).toEqual(rows);
    }
  });

  it('no CSV cell holds a list or an object, of ids or of anything else', () => {
    for (const table of TABLES) {
      const [, ...rows] = cellsOf(table);
      // A JSON list or object starts with [ or {: those cells must not parse as one.
      for (const cell of rows.flat().filter((text) => /^\s*[[{]/.test(text))) {
        let value: unknown;
        try {
          value = JSON.parse(cell);
        } catch {
          value = cell;
        }
        expect(value !== null && typeof value === 'object', `${table.name}: ${cell}`).toBe(false);
      }
    }
  });

  it('quote every cell that holds a line break, a quote or a comma (RFC 4180)', () => {
    const awkward =
      'line one\nline two\nthree, with "quotes", a\u00a0non-breaking space and ‘curly’ ones';
    const dataset = createDataset({
      indicators: [
        { id: 'awkward', label: awkward, unit: 'u', description: awkward, category: 'other' },
      ],
    });
    const [header, row] = parse(csvText(dataset, tableNamed('indicators')), {
      record_delimiter: '\r\n',
    }) as string[][];
    expect(header).toEqual(['id', 'label', 'unit', 'description', 'category']);
    expect(row).toEqual(['awkward', awkward, 'u', awkward, 'other']);
    // A lone carriage return never reaches the writer: no record text may hold one (text-is-clean).
    expect(() =>
      createDataset({
        indicators: [
          { id: 'awkward', label: 'a\rb', unit: 'u', description: 'd', category: 'other' },
        ],
      }),
    ).toThrow(/holds "\\u000d", a character no record text needs/);
  });

  it('write NDJSON with a typed JSON object per row', () => {
    const table = tableNamed('metrics');
    const lines = ndjsonText(bundled, table).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(tableRows(bundled, table));
    expect(typeof JSON.parse(lines[0] as string).cumulative).toBe('boolean');
  });
});

describe('exportFiles', () => {
  it('puts each format in a folder of its name: the tables, their Data Packages, the records as JSON', async () => {
    const files = await exportFiles(bundled, {
      formats: ['json', 'csv', 'ndjson'],
      version: '9.9.9',
    });
    const tables = TABLES.map((table) => table.name);
    expect([...files.keys()].sort()).toEqual(
      [
        ...tables.map((name) => `csv/${name}.csv`),
        'csv/datapackage.json',
        ...tables.map((name) => `ndjson/${name}.ndjson`),
        'ndjson/datapackage.json',
        ...COLLECTION_NAMES.map((name) => `json/${name}.json`),
      ].sort(),
    );
    expect(JSON.parse(files.get('json/meetings.json') as string)).toEqual(
      JSON.parse(JSON.stringify(bundled.meetings)),
    );
    expect(JSON.parse(files.get('ndjson/datapackage.json') as string).version).toBe('9.9.9');
  });

  it('knows the same formats as the command, which cannot load it before it runs', () => {
    expect([...CLI_FORMATS].sort()).toEqual([...EXPORT_FORMATS].sort());
  });
});

describe('DuckDB over the CSV files', () => {
  let rows: (sql: string) => Promise<Record<string, unknown>[]>;
  let close: () => void;

  // Each CSV file read once into a table of its name, with the types DuckDB detects.
  beforeAll(async () => {
    const folder = await writtenExports('csv');
    ({ rows, close } = await duckdb());
    for (const table of TABLES)
      await rows(
        `CREATE TABLE ${table.name} AS SELECT * FROM read_csv(${literal(join(folder, 'csv', `${table.name}.csv`))}, header = true, auto_detect = true)`,
      );
  });
  afterAll(() => close());
  it('reads every table whole, every column named without quotes, and finds every primary key unique', async () => {
    for (const table of TABLES) {
      const count = tableRows(bundled, table).length;
      if (count === 0) continue;
      const columns = table.columns.map((column) => column.name).join(', ');
      const key = table.primaryKey.join(', ');
      const [result] = await rows(
        `SELECT count(*) AS total, count(DISTINCT (${key})) AS keys FROM (SELECT ${columns} FROM ${table.name})`,
      );
      expect(Number(result?.total), table.name).toBe(count);
      expect(Number(result?.keys), table.name).toBe(count);
    }
  });

  it('resolves every foreign key, and every id of a collection that a column names', async () => {
    const ids = COLLECTION_NAMES.filter((name) => bundled[name].length > 0)
      .map((name) => `SELECT '${name}' AS collection, id FROM ${name}`)
      .join(' UNION ALL ');
    const nonEmpty = (table: Table) => tableRows(bundled, table).length > 0;
    for (const table of TABLES.filter(nonEmpty)) {
      for (const key of table.foreignKeys) {
        const match = key.columns.map((column, at) => `p.${key.references[at]} = c.${column}`);
        const [dangling] = await rows(
          `SELECT count(*) AS n FROM ${table.name} c WHERE c.${key.columns[0]} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${key.table} p WHERE ${match.join(' AND ')})`,
        );
        expect(Number(dangling?.n), `${table.name}(${key.columns}) -> ${key.table}`).toBe(0);
      }
      for (const column of table.columns.filter((candidate) => candidate.collectionColumn)) {
        const [dangling] = await rows(
          `SELECT count(*) AS n FROM ${table.name} c WHERE NOT EXISTS (SELECT 1 FROM (${ids}) r WHERE r.collection = c.${column.collectionColumn} AND r.id = c.${column.name})`,
        );
        expect(Number(dangling?.n), `${table.name}.${column.name}`).toBe(0);
      }
    }
  });

  it('joins meetings, meeting_co_chairs and people into exactly the co-chairs the API gives, for every meeting', async () => {
    const joined = await rows(
      `SELECT m.id AS meeting, string_agg(p.id, ' ' ORDER BY c.position) AS chairs
       FROM meetings m
       LEFT JOIN meeting_co_chairs c ON c.meeting = m.id
       LEFT JOIN people p ON p.id = c.person
       GROUP BY m.id`,
    );
    const api = Object.fromEntries(
      bundled.meetings.map((meeting) => [meeting.id, meeting.coChairs.join(' ') || null]),
    );
    expect(Object.fromEntries(joined.map((row) => [row.meeting, row.chairs]))).toEqual(api);
  });

  it('gives the co-chairs with the rank each report gives them at the meeting, without a cast or unnest', async () => {
    const ranks = await rows(
      `SELECT DISTINCT p.name, pt.rank_as_reported
       FROM meeting_co_chairs c
       JOIN people p ON p.id = c.person
       JOIN meeting_participants pt ON pt.meeting = c.meeting AND pt.person = c.person AND pt.role = 'co-chair'
       WHERE c.meeting = 'annual-review-2024' ORDER BY p.name, pt.rank_as_reported`,
    );
    const meeting = bundled.meetings.find((record) => record.id === 'annual-review-2024');
    const expected = meeting?.participants
      .filter((participant) => participant.role === 'co-chair' && participant.person)
      .map((participant) => ({
        name: bundled.people.find((person) => person.id === participant.person)?.name,
        rank_as_reported: participant.rankAsReported ?? null,
      }));
    expect(ranks).toEqual(
      [...new Map(expected?.map((row) => [JSON.stringify(row), row])).values()].sort(
        (a, b) =>
          String(a.name).localeCompare(String(b.name)) ||
          String(a.rank_as_reported).localeCompare(String(b.rank_as_reported)),
      ),
    );
  });
});

describe('writeFolder with folders inside', () => {
  const files = new Map([
    ['csv/a.csv', 'a'],
    ['csv/inner/b.csv', 'b'],
    ['top.json', '{}'],
  ]);

  it('makes the folders, into a new target or into one that exists', () => {
    const fresh = join(scratchDir('write-new'), 'out');
    expect(writeFolder(fresh, files)).toEqual(['csv/a.csv', 'csv/inner/b.csv', 'top.json']);
    expect(readFileSync(join(fresh, 'csv', 'inner', 'b.csv'), 'utf8')).toBe('b');
    const existing = scratchDir('write-existing');
    writeFileSync(join(existing, 'mine.txt'), 'mine');
    writeFolder(existing, files);
    expect(readdirSync(existing).sort()).toEqual(['csv', 'mine.txt', 'top.json']);
    expect(readFileSync(join(existing, 'csv', 'a.csv'), 'utf8')).toBe('a');
  });

  it('refuses a folder inside that is a link or a file, even with force, and writes nothing', () => {
    const out = scratchDir('write-linked-folder');
    const elsewhere = scratchDir('write-elsewhere');
    symlinkSync(elsewhere, join(out, 'csv'));
    expect(() => writeFolder(out, files, { force: true })).toThrow(ExportError);
    expect(() => writeFolder(out, files, { force: true })).toThrow(/csv is a link/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(out, 'top.json'))).toBe(false);
    const plain = scratchDir('write-file-folder');
    writeFileSync(join(plain, 'csv'), 'a file');
    expect(() => writeFolder(plain, files)).toThrow(/csv is not a folder/);
  });

  it('replaces a link planted inside a folder, never writing through it, and only with force', () => {
    const out = scratchDir('write-planted');
    mkdirSync(join(out, 'csv'));
    const victim = join(scratchDir('write-victim'), 'precious.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(out, 'csv', 'a.csv'));
    expect(() => writeFolder(out, files)).toThrow(/already holds csv\/a\.csv/);
    writeFolder(out, files, { force: true });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(join(out, 'csv', 'a.csv')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'csv', 'a.csv'), 'utf8')).toBe('a');
  });

  it('leaves the target as it was when a file cannot be written', () => {
    const out = scratchDir('write-failing');
    writeFileSync(join(out, 'top.json'), 'old');
    // "csv/a.csv" cannot be both a file and a folder: the write fails before anything moves.
    const clash = new Map([...files, ['csv/a.csv/c.csv', 'c']]);
    expect(() => writeFolder(out, clash, { force: true })).toThrow();
    expect(readdirSync(out)).toEqual(['top.json']);
    expect(readFileSync(join(out, 'top.json'), 'utf8')).toBe('old');
    expect(
      readdirSync(join(out, '..')).filter((name) => name.startsWith('.write-failing')),
    ).toEqual([]);
  });
});
