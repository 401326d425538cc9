import { validate as validateDataPackage } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { dataPackage } from '../../../src/export/datapackage.js';
import { TABLES } from '../../../src/export/tables.js';

interface Resource {
  name: string;
  path: string;
  format: string;
  schema: {
    fields: { name: string; type: string; constraints?: { required?: boolean } }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
const resourcesOf = (format: 'csv' | 'ndjson') =>
  (dataPackage(bundled, '1.2.3', format) as { resources: Resource[] }).resources;

describe('the Data Package of the CSV and NDJSON tables', () => {
  it.each(['csv', 'ndjson'] as const)(
    'is a valid Tabular Data Package by the Frictionless profile (%s)',
    async (format) => {
      const descriptor = dataPackage(bundled, '1.2.3', format);
      const report = await validateDataPackage(descriptor);
      expect(report.errors.map((error) => error.message)).toEqual([]);
      expect(report.valid).toBe(true);
      expect(descriptor).toMatchObject({
        version: '1.2.3',
        licenses: [{ name: 'CC-BY-4.0' }],
      });
      expect(
        (descriptor.resources as Resource[]).map((resource) => [resource.path, resource.format]),
      ).toEqual(TABLES.map((table) => [`${table.name}.${format}`, format]));
    },
  );

  it("gives every table its columns, types and primary key, and every foreign key the referenced table's primary key", () => {
    const resources = resourcesOf('csv');
    const byName = new Map(resources.map((resource) => [resource.name, resource]));
    for (const table of TABLES) {
      const { schema } = byName.get(table.name) as Resource;
      expect(schema.fields.map((field) => [field.name, field.type])).toEqual(
        table.columns.map((column) => [column.name, column.type]),
      );
      expect(schema.primaryKey).toEqual(table.primaryKey);
      for (const key of schema.primaryKey)
        expect(schema.fields.find((field) => field.name === key)?.constraints?.required).toBe(true);
      for (const { fields, reference } of schema.foreignKeys ?? []) {
        const target = byName.get(reference.resource || table.name) as Resource;
        expect(reference.fields, `${table.name}.${fields}`).toEqual(target.schema.primaryKey);
        expect(fields).toHaveLength(reference.fields.length);
      }
    }
  });

  it('has a foreign key for every column of ids of a fixed collection, the list tables included; ids of a collection that a column names are polymorphic', () => {
    for (const table of TABLES) {
      const keyed = new Set(table.foreignKeys.flatMap((key) => key.columns));
      for (const column of table.columns) {
        if (column.references)
          expect(keyed.has(column.name), `${table.name}.${column.name}`).toBe(true);
        if (column.collectionColumn)
          expect(table.columns.map((other) => other.name)).toContain(column.collectionColumn);
      }
    }
    const keys = (name: string) =>
      resourcesOf('ndjson')
        .find((resource) => resource.name === name)
        ?.schema.foreignKeys?.map((key) => `${key.fields.join('+')}->${key.reference.resource}`);
    expect(keys('metrics')).toEqual([
      'meeting->meetings',
      'indicator->indicators',
      'scope_place->places',
    ]);
    expect(keys('meeting_co_chairs')).toEqual(['meeting->meetings', 'person->people']);
    expect(keys('person_positions')).toEqual([
      'person->people',
      'organization->organizations',
      'meeting->meetings',
    ]);
    expect(keys('organizations')).toEqual(['parent->', 'place->places']);
    expect(keys('evidence')).toEqual(['source->sources']);
    expect(
      TABLES.flatMap((table) =>
        table.columns
          .filter((column) => column.collectionColumn)
          .map((column) => `${table.name}.${column.name}`),
      ),
    ).toEqual([
      'conflicts.record_id',
      'redirects.to_id',
      'evidence.record_id',
      'inferences.record_id',
    ]);
  });
});
