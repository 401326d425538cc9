import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateMetrics, sumQuantities } from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { evidenceRows } from '../../src/export/evidence-table.js';
import { projectRoot } from '../helpers/data-fixture.js';

const data = join(projectRoot, 'dist', 'data');
/** A SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const csv = (table: string) =>
  `read_csv(${literal(join(data, `${table}.csv`))}, header = true, auto_detect = true)`;
const ndjson = (table: string) =>
  `read_json(${literal(join(data, `${table}.ndjson`))}, format = 'newline_delimited')`;
const tables = [...Object.keys(bundledDataset), 'evidence'] as const;
const expectedRows = (table: string) =>
  table === 'evidence'
    ? evidenceRows(bundledDataset).length
    : ((bundledDataset as Record<string, readonly unknown[]>)[table]?.length ?? 0);

let instance: DuckDBInstance;
let db: DuckDBConnection;
const rows = async (sql: string) =>
  (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | null>[];
const one = async (sql: string) => (await rows(sql))[0] ?? {};

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

describe('DuckDB reads the exports', () => {
  it.each(tables.filter((table) => expectedRows(table) > 0))(
    '%s: the CSV and NDJSON files hold every record, with the same ids',
    async (table) => {
      expect(Number((await one(`select count(*) as n from ${csv(table)}`)).n)).toBe(
        expectedRows(table),
      );
      expect(Number((await one(`select count(*) as n from ${ndjson(table)}`)).n)).toBe(
        expectedRows(table),
      );
      if (table === 'evidence') return;
      const ids = (bundledDataset as unknown as Record<string, readonly { id: string }[]>)
        [table]!.map((record) => record.id)
        .sort();
      expect((await rows(`select id from ${csv(table)} order by id`)).map((row) => row.id)).toEqual(
        ids,
      );
      expect(
        (await rows(`select id from ${ndjson(table)} order by id`)).map((row) => row.id),
      ).toEqual(ids);
    },
  );

  it('the primary key of every table is unique', async () => {
    const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
      resources: { name: string; schema: { primaryKey: string[] } }[];
    };
    for (const { name, schema } of descriptor.resources) {
      if (expectedRows(name) === 0) continue;
      const key = schema.primaryKey.map((field) => `"${field}"`).join(', ');
      const counts = await one(
        `select count(*) as total, count(distinct (${key})) as distinctKeys from ${csv(name)}`,
      );
      expect(counts.distinctKeys, name).toBe(counts.total);
    }
  });

  it('every foreign key the data package declares resolves', async () => {
    const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
      resources: {
        name: string;
        schema: {
          foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
        };
      }[];
    };
    let checked = 0;
    for (const { name, schema } of descriptor.resources) {
      for (const { fields, reference } of schema.foreignKeys ?? []) {
        const parent = reference.resource === '' ? name : reference.resource;
        const dangling = await one(
          `select count(*) as n from ${csv(name)} child where child."${fields[0]}" is not null and child."${fields[0]}" not in (select "${reference.fields[0]}" from ${csv(parent)})`,
        );
        expect(Number(dangling.n), `${name}.${fields[0]} -> ${parent}`).toBe(0);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('metric counts by category and scope in SQL equal aggregateMetrics', async () => {
    const byCategory = await rows(
      `select i.category as key, count(*) as n from ${csv('metrics')} m join ${csv('indicators')} i on m.indicator = i.id group by i.category order by key`,
    );
    expect(byCategory.map((row) => [row.key, Number(row.n)])).toEqual(
      aggregateMetrics({ by: 'category' }).map((group) => [group.key, group.metrics.length]),
    );
    const byScope = await rows(
      `select case when "scope.area" is null then "scope.level" else "scope.level" || ':' || "scope.area" end as key, count(*) as n from ${csv('metrics')} group by key order by key`,
    );
    expect(byScope.map((row) => [row.key, Number(row.n)])).toEqual(
      aggregateMetrics({ by: 'scope' }).map((group) => [group.key, group.metrics.length]),
    );
  });

  it('the links removed add up in SQL as sumQuantities adds them', async () => {
    const total = sumQuantities(
      bundledDataset.metrics
        .filter((metric) => metric.indicator === 'links-removed')
        .map((metric) => metric.quantity),
    );
    const sql = await one(
      `select sum("quantity.lower") as lower, case when count(*) = count("quantity.upper") then sum("quantity.upper") end as upper, bool_or("quantity.qualifier" in ('more-than', 'over')) as exclusive from ${csv('metrics')} where indicator = 'links-removed'`,
    );
    expect(Number(sql.lower)).toBe(total.lower);
    expect(sql.upper === null ? null : Number(sql.upper)).toBe(total.upper);
    expect(sql.exclusive).toBe(total.lowerExclusive);
  });

  it('nested claims unnest from the NDJSON, one row per claim', async () => {
    const claims = await one(
      `select count(*) as n from ${ndjson('people')}, unnest(ranks) as r(claim)`,
    );
    expect(Number(claims.n)).toBe(
      bundledDataset.people.reduce((total, person) => total + person.ranks.length, 0),
    );
    const cuong = await rows(
      `select claim.asReported as words, claim.asOf.edtf as edtf from ${ndjson('people')}, unnest(ranks) as r(claim) where id = 'nguyen-tan-cuong' order by edtf, words`,
    );
    expect(cuong.map((row) => `${row.edtf} ${row.words}`)).toContain('2025-01-15 Senior General');
  });
});
