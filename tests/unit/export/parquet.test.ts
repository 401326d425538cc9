import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { TABLES, tableRows } from '../../../src/export/tables.js';
import { duckdb, literal, writtenExports } from './written.js';

const DUCKDB_TYPES = {
  string: 'VARCHAR',
  date: 'DATE',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
};

describe('the Parquet files, read by DuckDB', () => {
  let folder: string;
  let rows: (sql: string) => Promise<Record<string, unknown>[]>;
  let close: () => void;
  const parquet = (table: string) =>
    `read_parquet(${literal(join(folder, 'parquet', `${table}.parquet`))})`;

  beforeAll(async () => {
    folder = await writtenExports('parquet');
    ({ rows, close } = await duckdb());
  });
  afterAll(() => close());

  it('hold every table with its columns typed: dates as DATE, numbers as numbers, booleans as booleans', async () => {
    for (const table of TABLES) {
      const described = await rows(`DESCRIBE SELECT * FROM ${parquet(table.name)}`);
      expect(
        described.map((column) => [column.column_name, column.column_type]),
        table.name,
      ).toEqual(table.columns.map((column) => [column.name, DUCKDB_TYPES[column.type]]));
    }
  });

  it('hold every row, value for value, in order', async () => {
    for (const table of TABLES)
      expect(await rows(`SELECT * FROM ${parquet(table.name)}`), table.name).toEqual(
        tableRows(bundled, table),
      );
  });

  it('answer the questions the CSV files answer, with real dates', async () => {
    const [first] = await rows(
      `SELECT min(date_earliest) AS first, typeof(min(date_earliest)) AS type FROM ${parquet('meetings')}`,
    );
    const earliest = bundled.meetings.map((meeting) => meeting.date.earliest).sort()[0];
    expect(first).toEqual({ first: earliest, type: 'DATE' });
    const chairs = await rows(
      `SELECT c.meeting, p.name FROM ${parquet('meeting_co_chairs')} c JOIN ${parquet('people')} p ON p.id = c.person WHERE c.meeting = 'annual-review-2024' ORDER BY c.position`,
    );
    const meeting = bundled.meetings.find((record) => record.id === 'annual-review-2024');
    expect(chairs.map((row) => row.name)).toEqual(
      meeting?.coChairs.map((id) => bundled.people.find((person) => person.id === id)?.name),
    );
  });
});
