import { createRequire } from 'node:module';
import type { Database, SqlValue } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { datasetteMetadata, sqliteDatabase, VIEWS } from '../../../src/export/sqlite.js';
import { TABLES, tableRows } from '../../../src/export/tables.js';

const initSqlJs = createRequire(import.meta.url)('sql.js') as typeof import('sql.js');

describe('the SQLite database, read back with sql.js', () => {
  let db: Database;
  const rows = (sql: string): Record<string, SqlValue>[] => {
    const [result] = db.exec(sql);
    return (result?.values ?? []).map((values) =>
      Object.fromEntries(result?.columns.map((column, at) => [column, values[at] ?? null]) ?? []),
    );
  };

  beforeAll(async () => {
    const bytes = await sqliteDatabase(bundled);
    const SQL = await initSqlJs();
    db = new SQL.Database(bytes);
  });
  afterAll(() => db.close());

  it('holds every table with its rows, its primary key and its foreign keys, every column named without quotes', () => {
    for (const table of TABLES) {
      const columns = table.columns.map((column) => column.name);
      expect(rows(`SELECT ${columns.join(', ')} FROM ${table.name}`), table.name).toHaveLength(
        tableRows(bundled, table).length,
      );
      const info = rows(`PRAGMA table_info(${table.name})`);
      expect(
        info
          .filter((column) => Number(column.pk) > 0)
          .sort((a, b) => Number(a.pk) - Number(b.pk))
          .map((column) => column.name),
        table.name,
      ).toEqual(table.primaryKey);
      const foreign = rows(`PRAGMA foreign_key_list(${table.name})`);
      expect(new Set(foreign.map((key) => key.id)).size, table.name).toBe(table.foreignKeys.length);
    }
  });

  it('passes its foreign key check, with the keys enforced', () => {
    db.run('PRAGMA foreign_keys = ON');
    expect(db.exec('PRAGMA foreign_key_check')).toEqual([]);
    expect(rows('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(() =>
      db.run(
        "INSERT INTO meeting_co_chairs (meeting, position, person) VALUES ('annual-review-2024', 99, 'nobody')",
      ),
    ).toThrow(/FOREIGN KEY/);
  });

  it('joins meetings, meeting_co_chairs and people into exactly the co-chairs the API gives, for every meeting', () => {
    const joined = rows(
      `SELECT m.id AS meeting, p.id AS person FROM meetings m
       JOIN meeting_co_chairs c ON c.meeting = m.id JOIN people p ON p.id = c.person
       ORDER BY m.id, c.position`,
    );
    for (const meeting of bundled.meetings)
      expect(
        joined.filter((row) => row.meeting === meeting.id).map((row) => row.person),
        meeting.id,
      ).toEqual(meeting.coChairs);
  });

  it('has a view of the meetings with their co-chairs and the ranks as reported', () => {
    const view = rows('SELECT meeting, person, rank_as_reported FROM meeting_co_chair_ranks');
    for (const meeting of bundled.meetings) {
      const here = view.filter((row) => row.meeting === meeting.id);
      expect([...new Set(here.map((row) => row.person))], meeting.id).toEqual(meeting.coChairs);
      for (const row of here) {
        const claims = bundled.people
          .find((person) => person.id === row.person)
          ?.ranks.filter((claim) => claim.meeting === meeting.id)
          .map((claim) => claim.asReported);
        if (claims?.length) expect(claims).toContain(row.rank_as_reported);
        else expect(row.rank_as_reported).toBeNull();
      }
    }
  });

  it('has a view of the metric series: indicator, scope, period, quantity', () => {
    const series = rows(
      "SELECT indicator, scope_level, period_edtf, quantity_as_reported, cumulative FROM metric_series WHERE indicator = 'links-removed' AND scope_level = 'national'",
    );
    const metrics = bundled.metrics.filter(
      (metric) => metric.indicator === 'links-removed' && metric.scope.level === 'national',
    );
    expect(series).toHaveLength(metrics.length);
    expect(series.map((row) => row.quantity_as_reported)).toEqual(
      expect.arrayContaining(['more than 13,000']),
    );
    expect(rows('SELECT count(*) AS n FROM metric_series')).toEqual([
      { n: bundled.metrics.length },
    ]);
    expect(Object.keys(VIEWS)).toEqual(['meeting_co_chair_ranks', 'metric_series']);
  });

  it('finds every name in either language, with or without diacritics, in its full-text index', () => {
    const found = (query: string) =>
      rows(
        `SELECT DISTINCT n.collection || '/' || n.record_id AS record FROM names n JOIN names_fts f ON f.rowid = n.rowid WHERE names_fts MATCH '${query}' ORDER BY record`,
      ).map((row) => row.record);
    expect(found('tran quoc to')).toContain('people/tran-quoc-to');
    expect(found('trần quốc')).toContain('people/tran-quoc-to');
    expect(found('dang van hieu')).toEqual(['people/dang-van-hieu']);
    expect(found('nghe an')).toContain('places/nghe-an');
    expect(found('MND')).toContain('organizations/ministry-of-national-defence');
    const named = ['people', 'organizations', 'places', 'documents', 'meetings'];
    expect(
      rows('SELECT DISTINCT collection FROM names ORDER BY collection').map(
        (row) => row.collection,
      ),
    ).toEqual([...named].sort());
    for (const person of bundled.people) {
      const names = rows(
        `SELECT name FROM names WHERE record_id = '${person.id}' AND collection = 'people'`,
      );
      expect(names.map((row) => row.name).sort()).toEqual(
        [person.name, person.vietnameseName, ...person.otherNames].filter(Boolean).sort(),
      );
    }
  });

  it('comes with metadata for Datasette: title, licence, source, a description of every table and column', () => {
    const metadata = datasetteMetadata('1.2.3') as {
      license: string;
      source: string;
      databases: {
        'mnd-mps': { tables: Record<string, { description: string; columns?: object }> };
      };
    };
    expect(metadata).toMatchObject({ license: 'CC-BY-4.0', source: 'mnd-mps-coordination 1.2.3' });
    const tables = metadata.databases['mnd-mps'].tables;
    for (const table of TABLES)
      expect(Object.keys(tables[table.name]?.columns ?? {})).toEqual(
        table.columns.map((column) => column.name),
      );
    expect(Object.keys(tables)).toEqual(
      expect.arrayContaining(['meeting_co_chair_ranks', 'metric_series', 'names']),
    );
  });
});
