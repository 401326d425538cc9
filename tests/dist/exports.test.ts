import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { validate as validateDataPackage } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled } from '../../src/bundled.js';
import { COLLECTION_NAMES } from '../../src/core/collections.js';
import { columnsOf, rowsOf, TABLE_NAMES, tableText } from '../../src/export/tables.js';
import { COLLECTIONS } from '../../src/schemas/collections.js';
import { createDataset } from '../../src/validate/validate-records.js';
import { projectRoot } from '../support/paths.js';

const dist = join(projectRoot, 'dist');
const read = (...parts: string[]) => readFileSync(join(dist, ...parts), 'utf8');

describe('the data files in dist/data', () => {
  it.each(COLLECTION_NAMES)(
    '%s.json and .ndjson hold every record, each valid against its published zod schema again',
    (collection) => {
      const records = JSON.parse(read('data', `${collection}.json`)) as unknown[];
      expect(records).toEqual(JSON.parse(JSON.stringify(bundled[collection])));
      for (const record of records)
        expect(COLLECTIONS[collection].published.safeParse(record).success).toBe(true);
      expect(
        read('data', `${collection}.ndjson`)
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line)),
      ).toEqual(records);
    },
  );

  it.each(TABLE_NAMES)('%s.csv parses back, cell by cell, to its records', (table) => {
    const text = read('data', `${table}.csv`);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parse(text, { record_delimiter: '\r\n' }) as string[][];
    const columns = columnsOf(table);
    expect(header).toEqual(columns.map((column) => column.name));
    const records = rowsOf(bundled, table) as readonly object[];
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) =>
      columns.forEach((column, position) => {
        const value = column.path.reduce<unknown>(
          (inner, key) =>
            inner !== null && typeof inner === 'object'
              ? (inner as Record<string, unknown>)[key]
              : undefined,
          records[index],
        );
        const cell = row[position] as string;
        if (value === null || value === undefined)
          expect(cell, `${table}[${index}].${column.name}`).toBe('');
        else if (typeof value === 'object') expect(JSON.parse(cell)).toEqual(value);
        else expect(cell).toBe(String(value));
      }),
    );
  });

  it('the evidence table has a row per piece of evidence, with its kind', () => {
    const [header, ...rows] = parse(read('data', 'evidence.csv'), {
      record_delimiter: '\r\n',
    }) as string[][];
    expect(header).toEqual([
      'collection',
      'id',
      'field',
      'kind',
      'source',
      'quote',
      'start',
      'end',
      'locator',
      'note',
    ]);
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['quote', 'cited']));
  });

  it('quotes every cell that holds a line break, a quote or a comma (RFC 4180)', () => {
    const awkward =
      'line one\nline two\rthree, with "quotes", a\u00a0non-breaking space and ‘curly’ ones';
    const dataset = createDataset({
      indicators: [
        { id: 'awkward', label: awkward, unit: 'u', description: awkward, category: 'other' },
      ],
    });
    const [header, row] = parse(tableText(dataset, 'indicators', 'csv'), {
      record_delimiter: '\r\n',
    }) as string[][];
    expect(header).toEqual(['id', 'label', 'unit', 'description', 'category']);
    expect(row).toEqual(['awkward', awkward, 'u', awkward, 'other']);
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

  it.each(COLLECTION_NAMES)('the %s records are valid against theirs', (collection) => {
    const validate = ajv.compile(schemaOf(collection));
    for (const record of JSON.parse(read('data', `${collection}.json`)) as unknown[])
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reject a record of the wrong shape, and mark every reference field with the collection it names', () => {
    const validate = ajv.compile(schemaOf('metrics'));
    const metric = JSON.parse(read('data', 'metrics.json'))[0] as Record<string, unknown>;
    expect(validate({ ...metric, cumulative: 'yes' })).toBe(false);
    expect(validate({ ...metric, extra: 1 })).toBe(false);
    expect(read('schema', 'metric.schema.json')).toContain('"x-references": "indicators"');
    expect(read('schema', 'meeting.schema.json')).toContain('"x-references": "people"');
  });
});

describe('datapackage.json', () => {
  const descriptor = JSON.parse(read('data', 'datapackage.json')) as {
    version: string;
    licenses: { name: string }[];
    resources: {
      name: string;
      path: string;
      schema: {
        fields: { name: string }[];
        primaryKey: string[];
        foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
      };
    }[];
  };

  it('is a valid Tabular Data Package by the Frictionless profile', async () => {
    const report = (await validateDataPackage(descriptor)) as { valid: boolean; errors: Error[] };
    expect(report.errors.map((error) => error.message)).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('describes every CSV file with its exact header, keys on real fields, the version and the licence', () => {
    for (const resource of descriptor.resources) {
      expect(existsSync(join(dist, 'data', resource.path)), resource.path).toBe(true);
      const text = read('data', resource.path);
      expect(resource.schema.fields.map((field) => field.name).join(',')).toBe(
        text.slice(0, text.indexOf('\r\n')),
      );
      const fields = new Set(resource.schema.fields.map((field) => field.name));
      for (const key of [
        ...resource.schema.primaryKey,
        ...(resource.schema.foreignKeys ?? []).flatMap((foreignKey) => foreignKey.fields),
      ])
        expect(fields.has(key), `${resource.name}.${key}`).toBe(true);
    }
    expect(descriptor.version).toBe(
      JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version,
    );
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
  });

  it('declares the foreign keys that follow from the schemas', () => {
    const keys = (name: string) =>
      (
        descriptor.resources.find((resource) => resource.name === name)?.schema.foreignKeys ?? []
      ).map((key) => `${key.fields[0]}->${key.reference.resource || name}`);
    expect(keys('metrics')).toEqual([
      'meeting->meetings',
      'indicator->indicators',
      'scope.place->places',
    ]);
    expect(keys('organizations')).toEqual(['parent->organizations', 'place->places']);
    expect(keys('documents')).toEqual(['issuer->organizations']);
    expect(keys('evidence')).toEqual(['source->sources']);
  });
});

describe('DuckDB reads the exports', () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const csv = (table: string) =>
    `read_csv(${literal(join(dist, 'data', `${table}.csv`))}, header = true, auto_detect = true)`;
  const ndjson = (table: string) =>
    `read_json(${literal(join(dist, 'data', `${table}.ndjson`))}, format = 'newline_delimited')`;
  const rows = async (sql: string) =>
    (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | null>[];

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db.closeSync();
    instance.closeSync();
  });

  it.each(TABLE_NAMES.filter((table) => rowsOf(bundled, table).length > 0))(
    '%s: the CSV and NDJSON files hold every row',
    async (table) => {
      const count = rowsOf(bundled, table).length;
      expect(Number((await rows(`select count(*) as n from ${csv(table)}`))[0]?.n)).toBe(count);
      expect(Number((await rows(`select count(*) as n from ${ndjson(table)}`))[0]?.n)).toBe(count);
    },
  );

  it('every foreign key the data package declares resolves, and every primary key is unique', async () => {
    const descriptor = JSON.parse(read('data', 'datapackage.json')) as {
      resources: {
        name: string;
        schema: {
          primaryKey: string[];
          foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
        };
      }[];
    };
    for (const { name, schema } of descriptor.resources) {
      if (rowsOf(bundled, name as never).length === 0) continue;
      const key = schema.primaryKey.map((field) => `"${field}"`).join(', ');
      const [counts] = await rows(
        `select count(*) as total, count(distinct (${key})) as keys from ${csv(name)}`,
      );
      expect(counts?.keys, name).toBe(counts?.total);
      for (const { fields, reference } of schema.foreignKeys ?? []) {
        const parent = reference.resource || name;
        const [dangling] = await rows(
          `select count(*) as n from ${csv(name)} child where child."${fields[0]}" is not null and child."${fields[0]}" not in (select "${reference.fields[0]}" from ${csv(parent)})`,
        );
        expect(Number(dangling?.n), `${name}.${fields[0]} -> ${parent}`).toBe(0);
      }
    }
  });

  it('the README queries run: metrics per category, links removed each year, nested claims', async () => {
    const byCategory = await rows(
      `select i.category, count(*) as metrics from ${csv('metrics')} m join ${csv('indicators')} i on m.indicator = i.id group by i.category order by i.category`,
    );
    expect(byCategory.map((row) => row.category)).toContain('cyberspace');
    const links = await rows(
      `select "period.edtf" as period, "quantity.asReported" as reported from ${csv('metrics')} where indicator = 'links-removed' order by period`,
    );
    expect(links.map((row) => `${row.period} ${row.reported}`)).toEqual(
      expect.arrayContaining(['2022 more than 14,000', '2024 more than 13,000']),
    );
    const cuong = await rows(
      `select claim.asReported as words, claim.asOf.edtf as edtf from ${ndjson('people')}, unnest(ranks) as r(claim) where id = 'nguyen-tan-cuong'`,
    );
    expect(cuong.map((row) => `${row.edtf} ${row.words}`)).toContain('2025-01-15 Senior General');
    const places = await rows(
      `select distinct p.name as place, p.level as level from ${csv('metrics')} m join ${csv('places')} p on m."scope.place" = p.id order by place`,
    );
    expect(places).toContainEqual({ place: 'Quang Ninh', level: 'province' });
  });
});
