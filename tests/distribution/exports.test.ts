import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validate as validateDataPackage } from 'datapackage';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../../src/dataset/collections.js';
import { createDataset } from '../../src/index.js';
import { columnsOf, TABLE_NAMES } from '../../src/export/data-package.js';
import { evidenceRows } from '../../src/export/evidence-table.js';
import { ENTITY_NAMES } from '../../src/export/json-schemas.js';
import { tableText } from '../../src/export/write-exports.js';
import { projectRoot } from '../helpers/data-fixture.js';

const dist = join(projectRoot, 'dist');
const read = (...parts: string[]) => readFileSync(join(dist, ...parts), 'utf8');

describe('the data files in dist/data', () => {
  it.each(COLLECTION_NAMES)(
    '%s.json holds every record, each valid against its schema again',
    (collection) => {
      const records = JSON.parse(read('data', `${collection}.json`)) as unknown[];
      expect(records).toEqual(JSON.parse(JSON.stringify(bundledDataset[collection])));
      for (const record of records)
        expect(COLLECTION_SCHEMAS[collection].safeParse(record).success).toBe(true);
    },
  );

  it.each(COLLECTION_NAMES)(
    '%s.ndjson holds one record per line, the same as the JSON',
    (collection) => {
      const lines = read('data', `${collection}.ndjson`).split('\n').filter(Boolean);
      expect(lines.map((line) => JSON.parse(line))).toEqual(
        JSON.parse(read('data', `${collection}.json`)),
      );
    },
  );

  it.each(TABLE_NAMES)('%s.csv parses back, cell by cell, to its records', (table) => {
    const text = read('data', `${table}.csv`);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parse(text, {
      record_delimiter: '\r\n',
      relax_quotes: false,
    }) as string[][];
    const columns = columnsOf(table);
    expect(header).toEqual(columns.map((column) => column.name));
    const records = (
      table === 'evidence' ? evidenceRows(bundledDataset) : bundledDataset[table]
    ) as readonly object[];
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) => {
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
        else if (typeof value === 'number') expect(Number(cell)).toBe(value);
        else expect(cell).toBe(String(value));
      });
    });
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
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);

  it.each(COLLECTION_NAMES)(
    'the %s records are valid against theirs, which carries the field descriptions',
    (collection) => {
      const schema = JSON.parse(read('schema', `${ENTITY_NAMES[collection]}.schema.json`)) as {
        properties: Record<string, { description?: string }>;
      };
      expect(
        Object.values(schema.properties).every(
          (property) =>
            typeof property.description === 'string' || 'anyOf' in property || '$ref' in property,
        ),
      ).toBe(true);
      const validate = ajv.compile(schema);
      for (const record of JSON.parse(read('data', `${collection}.json`)) as unknown[]) {
        expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
      }
    },
  );

  it('rejects a record the zod schema rejects for its shape', () => {
    const validate = ajv.compile(JSON.parse(read('schema', 'metric.schema.json')));
    const metric = JSON.parse(read('data', 'metrics.json'))[0] as Record<string, unknown>;
    expect(validate({ ...metric, cumulative: 'yes' })).toBe(false);
    expect(validate({ ...metric, extra: 1 })).toBe(false);
  });
});

describe('datapackage.json', () => {
  const descriptor = JSON.parse(read('data', 'datapackage.json')) as {
    version: string;
    licenses: { name: string }[];
    sources: { title: string; path?: string }[];
    resources: {
      name: string;
      path: string;
      schema: {
        fields: { name: string; type: string }[];
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

  it('describes every CSV file, with its exact header', () => {
    for (const resource of descriptor.resources) {
      expect(existsSync(join(dist, 'data', resource.path)), resource.path).toBe(true);
      const text = read('data', resource.path);
      expect(resource.schema.fields.map((field) => field.name).join(',')).toBe(
        text.slice(0, text.indexOf('\r\n')),
      );
    }
    expect(descriptor.resources.map((resource) => resource.name).sort()).toEqual(
      [...COLLECTION_NAMES, 'evidence'].sort(),
    );
  });

  it('has keys that name real fields and tables, the package version, the licence and the sources', () => {
    const names = new Set(descriptor.resources.map((resource) => resource.name));
    for (const resource of descriptor.resources) {
      const fields = new Set(resource.schema.fields.map((field) => field.name));
      for (const key of resource.schema.primaryKey) expect(fields.has(key)).toBe(true);
      for (const foreignKey of resource.schema.foreignKeys ?? []) {
        expect(fields.has(foreignKey.fields[0] as string)).toBe(true);
        expect(
          foreignKey.reference.resource === '' || names.has(foreignKey.reference.resource),
        ).toBe(true);
      }
    }
    expect(descriptor.version).toBe(
      JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version,
    );
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(descriptor.sources.map((source) => source.path)).toEqual(
      bundledDataset.sources.map((source) => source.url),
    );
  });
});
