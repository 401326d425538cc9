import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../../src/dataset/collections.js';
import { ENTITY_NAMES } from '../../src/export/json-schemas.js';
import { projectRoot } from '../helpers/data-fixture.js';

const dist = join(projectRoot, 'dist');
const read = (...parts: string[]) => readFileSync(join(dist, ...parts), 'utf8');

describe('the data files in dist/data', () => {
  it.each(COLLECTION_NAMES)('%s.json holds every record, each valid against its schema again', (collection) => {
    const records = JSON.parse(read('data', `${collection}.json`)) as unknown[];
    expect(records).toEqual(JSON.parse(JSON.stringify(bundledDataset[collection])));
    for (const record of records) expect(COLLECTION_SCHEMAS[collection].safeParse(record).success).toBe(true);
  });

  it.each(COLLECTION_NAMES)('%s.ndjson holds one record per line, the same as the JSON', (collection) => {
    const lines = read('data', `${collection}.ndjson`).split('\n').filter(Boolean);
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(read('data', `${collection}.json`)));
  });

  it.each(COLLECTION_NAMES)('%s.csv has a header row and one CRLF-terminated row per record', (collection) => {
    const text = read('data', `${collection}.csv`);
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    expect(header[0]).toBe('id');
    expect(text.endsWith('\r\n')).toBe(true);
    if (bundledDataset[collection].length === 0) expect(text).toBe(`${header.join(',')}\r\n`);
  });
});

describe('the JSON Schemas in dist/schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);

  it.each(COLLECTION_NAMES)('the %s records are valid against theirs, which carries the field descriptions', (collection) => {
    const schema = JSON.parse(read('schema', `${ENTITY_NAMES[collection]}.schema.json`)) as { properties: Record<string, { description?: string }> };
    expect(Object.values(schema.properties).every((property) => typeof property.description === 'string' || 'anyOf' in property || '$ref' in property)).toBe(true);
    const validate = ajv.compile(schema);
    for (const record of JSON.parse(read('data', `${collection}.json`)) as unknown[]) {
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

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
    resources: { name: string; path: string; schema: { fields: { name: string; type: string }[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[];
  };

  it('describes every CSV file, with its exact header', () => {
    for (const resource of descriptor.resources) {
      expect(existsSync(join(dist, 'data', resource.path)), resource.path).toBe(true);
      const text = read('data', resource.path);
      expect(resource.schema.fields.map((field) => field.name).join(',')).toBe(text.slice(0, text.indexOf('\r\n')));
    }
    expect(descriptor.resources.map((resource) => resource.name).sort()).toEqual([...COLLECTION_NAMES, 'evidence'].sort());
  });

  it('has keys that name real fields and tables, the package version, the licence and the sources', () => {
    const names = new Set(descriptor.resources.map((resource) => resource.name));
    for (const resource of descriptor.resources) {
      const fields = new Set(resource.schema.fields.map((field) => field.name));
      for (const key of resource.schema.primaryKey) expect(fields.has(key)).toBe(true);
      for (const foreignKey of resource.schema.foreignKeys) {
        expect(fields.has(foreignKey.fields[0] as string)).toBe(true);
        expect(foreignKey.reference.resource === '' || names.has(foreignKey.reference.resource)).toBe(true);
      }
    }
    expect(descriptor.version).toBe(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version);
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(descriptor.sources.map((source) => source.path)).toEqual(bundledDataset.sources.map((source) => source.url));
  });
});
