import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validate as validateDataPackage } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled } from '../../src/bundled.js';
import { COLLECTION_NAMES } from '../../src/core/collections.js';
import { exportFiles, SHIPPED_FORMATS } from '../../src/export/write-exports.js';
import { COLLECTIONS } from '../../src/schemas/collections.js';
import { projectRoot } from '../support/paths.js';

const dist = join(projectRoot, 'dist');
const read = (...parts: string[]) => readFileSync(join(dist, ...parts), 'utf8');
const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
};

describe('the data files in dist/data', () => {
  it('are the CSV tables with their Data Package and the Parquet files, exactly as the exporter (tested in tests/unit/export) writes them, and the texts of the bundled sources as data/sources holds them', async () => {
    const expected = await exportFiles(bundled, { formats: SHIPPED_FORMATS, version });
    const texts = readdirSync(join(projectRoot, 'data', 'sources')).filter((name) =>
      name.endsWith('.txt'),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const name of texts)
      expected.set(`sources/${name}`, readFileSync(join(projectRoot, 'data', 'sources', name)));
    const shipped = readdirSync(join(dist, 'data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(dist, 'data').length + 1));
    expect(shipped.sort()).toEqual([...expected.keys()].sort());
    for (const [name, contents] of expected)
      expect(
        Buffer.compare(readFileSync(join(dist, 'data', name)), Buffer.from(contents)),
        name,
      ).toBe(0);
  });

  it('datapackage.json is a valid Tabular Data Package by the Frictionless profile, and names every CSV file with its exact header', async () => {
    const descriptor = JSON.parse(read('data', 'csv', 'datapackage.json')) as {
      version: string;
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    const report = await validateDataPackage(descriptor);
    expect(report.errors.map((error) => error.message)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(descriptor.version).toBe(version);
    for (const resource of descriptor.resources) {
      const text = read('data', 'csv', resource.path);
      expect(resource.schema.fields.map((field) => field.name).join(',')).toBe(
        text.slice(0, text.indexOf('\r\n')),
      );
    }
  });
});

describe('the JSON Schemas in dist/schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const schemaOf = (collection: (typeof COLLECTION_NAMES)[number]) =>
    JSON.parse(read('schema', `${COLLECTIONS[collection].singular}.schema.json`)) as Record<
      string,
      unknown
    >;
  const records = (collection: (typeof COLLECTION_NAMES)[number]) =>
    JSON.parse(JSON.stringify(bundled[collection])) as Record<string, unknown>[];

  it.each(COLLECTION_NAMES)('the %s records are valid against theirs', (collection) => {
    const validate = ajv.compile(schemaOf(collection));
    for (const record of records(collection))
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reject a record of the wrong shape, and mark every reference field with the collection it names', () => {
    const validate = ajv.compile(schemaOf('metrics'));
    const [metric] = records('metrics');
    expect(validate({ ...metric, cumulative: 'yes' })).toBe(false);
    expect(validate({ ...metric, extra: 1 })).toBe(false);
    expect(read('schema', 'metric.schema.json')).toContain('"x-references": "indicators"');
    expect(read('schema', 'meeting.schema.json')).toContain('"x-references": "people"');
  });
});

describe('DuckDB answers the questions of the guide from dist/data, over the CSV and over Parquet alike', () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const rows = async (sql: string) =>
    (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | number | null>[];
  // The queries of docs/data-tools.md, with the folder of the installed package.
  const coChairs = (data: string, ext: string) => `
    SELECT m.id AS meeting, m.date_earliest, p.name, pt.rank_as_reported
    FROM '${data}/meetings.${ext}' m
    JOIN '${data}/meeting_co_chairs.${ext}' c ON c.meeting = m.id
    JOIN '${data}/people.${ext}' p ON p.id = c.person
    LEFT JOIN '${data}/meeting_participants.${ext}' pt
      ON pt.meeting = m.id AND pt.person = c.person AND pt.role = 'co-chair'
    ORDER BY m.date_earliest, c.position, pt.position`;

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db.closeSync();
    instance.closeSync();
  });

  it('the co-chairs of each meeting with their rank as reported, and the links removed each year', async () => {
    const fromCsv = await rows(coChairs(join(dist, 'data', 'csv'), 'csv'));
    const fromParquet = await rows(coChairs(join(dist, 'data', 'parquet'), 'parquet'));
    expect(fromParquet).toEqual(fromCsv);
    expect(fromCsv).toContainEqual({
      meeting: 'annual-review-2024',
      date_earliest: '2025-01-15',
      name: 'Tran Quoc To',
      rank_as_reported: 'Senior Lieutenant General',
    });
    const links = await rows(
      `SELECT period_edtf, quantity_as_reported FROM '${join(dist, 'data', 'parquet')}/metrics.parquet' WHERE indicator = 'links-removed' ORDER BY period_earliest`,
    );
    expect(links.map((row) => `${row.period_edtf} ${row.quantity_as_reported}`)).toEqual(
      expect.arrayContaining(['2022 more than 14,000', '2024 more than 13,000']),
    );
  });
});
