import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import { COLLECTION_NAMES, type CollectionName, type Ids } from '../core/collections.js';
import { forEachEvidence } from '../core/evidence.js';
import { formatPath } from '../core/problem.js';
import type { DatasetRecords } from '../dataset.js';
import { COLLECTIONS } from '../schemas/collections.js';
import { EvidenceSchema } from '../schemas/evidence.js';
import { REFERENCE_FIELDS } from '../validate/references.js';

/** A JSON Schema (draft 2020-12) object, as `z.toJSONSchema` produces it. */
export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a collection's records as published (or, with `input`, as they may be given), from its zod schema. */
export function jsonSchemaOf(
  collection: CollectionName,
  io: 'output' | 'input' = 'output',
): JsonSchema {
  return z.toJSONSchema(COLLECTIONS[collection].schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
}

/** The tables exported as files: every collection, plus the flat evidence table. */
export type TableName = CollectionName | 'evidence';
export const TABLE_NAMES: readonly TableName[] = [...COLLECTION_NAMES, 'evidence'];

/** A CSV column: the dotted path of a field, its Table Schema type and its description. */
export interface TableColumn {
  /** "quantity.lower", "date.edtf": nested objects are flattened into dotted names. */
  readonly name: string;
  readonly path: readonly string[];
  /** Frictionless Table Schema type: string, number, integer, boolean, date, or array/object for JSON cells. */
  readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object';
  readonly description: string;
  /** The allowed values, for enumerations. */
  readonly enum?: readonly string[];
}

/**
 * The schema a column reads: the non-null alternative of a nullable schema, or, for a union of
 * objects (evidence), one object with the properties of every branch, where a `const` that tells
 * the branches apart becomes an enumeration described by the branches' descriptions.
 */
function nonNull(schema: JsonSchema): JsonSchema {
  const alternatives = ((schema.anyOf ?? []) as JsonSchema[]).filter((one) => one.type !== 'null');
  if (alternatives.length === 1)
    return { ...alternatives[0], description: schema.description ?? alternatives[0]?.description };
  if (alternatives.length === 0 || alternatives.some((one) => one.type !== 'object')) return schema;
  const properties: Record<string, JsonSchema> = {};
  for (const branch of alternatives)
    for (const [key, property] of Object.entries(branch.properties as Record<string, JsonSchema>))
      properties[key] =
        property.const === undefined
          ? (properties[key] ?? property)
          : {
              type: property.type,
              enum: [...((properties[key]?.enum as unknown[]) ?? []), property.const],
              description: alternatives.map((one) => one.description).join(' '),
            };
  return { type: 'object', properties };
}

const TYPES: Record<string, TableColumn['type']> = {
  array: 'array',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
};

/**
 * The columns of a table, in field order. A nested object (nullable or not) becomes one column
 * per field, named by its dotted path (`date.earliest`); a list, whatever it holds, is one column
 * of JSON (`evidence`, `otherNames`); a null or absent value is an empty cell.
 */
function schemaColumns(schema: JsonSchema, prefix: readonly string[] = []): TableColumn[] {
  return Object.entries((nonNull(schema).properties ?? {}) as Record<string, JsonSchema>).flatMap(
    ([key, property]) => {
      const path = [...prefix, key];
      const inner = nonNull(property);
      if (inner.type === 'object' && inner.properties) return schemaColumns(inner, path);
      const type =
        TYPES[String(inner.type)] ??
        (inner.type === 'string' ? (inner.format === 'date' ? 'date' : 'string') : 'object');
      const column: TableColumn = {
        name: path.join('.'),
        path,
        type,
        description: String(property.description ?? inner.description ?? ''),
      };
      return Array.isArray(inner.enum) ? [{ ...column, enum: inner.enum as string[] }] : [column];
    },
  );
}

/** The evidence table: the record a piece of evidence backs, then the evidence's own fields. */
const evidenceColumns = (): TableColumn[] => [
  ...schemaColumns({
    properties: {
      collection: {
        type: 'string',
        description: 'The collection of the record the evidence backs.',
      },
      id: { type: 'string', description: 'The id of the record the evidence backs.' },
      field: {
        type: 'string',
        description: 'The field it backs, as a path: "issued.evidence[0]".',
      },
    },
  }),
  ...schemaColumns(z.toJSONSchema(EvidenceSchema, { io: 'output' }) as JsonSchema),
];

/** The columns of every table. */
export function columnsOf(table: TableName): readonly TableColumn[] {
  return table === 'evidence' ? evidenceColumns() : schemaColumns(jsonSchemaOf(table));
}

/** The rows of a table: a collection's records, or every piece of evidence of every record. */
export function rowsOf(records: DatasetRecords<Ids>, table: TableName): readonly unknown[] {
  if (table !== 'evidence') return records[table];
  const rows: Record<string, unknown>[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const record of records[collection])
      forEachEvidence(record, (evidence, path) =>
        rows.push({ collection, id: record.id, field: formatPath(path), ...evidence }),
      );
  }
  return rows;
}

/** The file formats of the data exports. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The text of one table in one format: a JSON array, NDJSON (one record per line) or RFC 4180 CSV with a header row. */
export function tableText(
  records: DatasetRecords<Ids>,
  table: TableName,
  format: ExportFormat,
): string {
  const rows = rowsOf(records, table);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'ndjson') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  const columns = columnsOf(table);
  const cells = (row: unknown) =>
    columns.map((column) => {
      const value = column.path.reduce<unknown>(
        (inner, key) =>
          inner !== null && typeof inner === 'object'
            ? (inner as Record<string, unknown>)[key]
            : undefined,
        row,
      );
      return value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    });
  // RFC 4180: CRLF between records, and any field holding a line break (even a lone \n or \r) quoted.
  return stringify([columns.map((column) => column.name), ...rows.map(cells)], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/**
 * A Frictionless Tabular Data Package descriptor for the CSV files: every table with its fields
 * (types, descriptions, enumerations), primary keys, and foreign keys for every reference field
 * that holds one id (read from the schemas' `ref()` marks).
 */
export function dataPackage(
  records: DatasetRecords<Ids>,
  version: string,
): Record<string, unknown> {
  const foreignKeys = (table: TableName) =>
    table === 'evidence'
      ? [{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }]
      : REFERENCE_FIELDS[table]
          .filter(
            (field) =>
              !field.path.includes('*') &&
              field.target !== '$collection' &&
              columnsOf(table).some((column) => column.name === field.path.join('.')),
          )
          .map((field) => ({
            fields: [field.path.join('.')],
            reference: { resource: field.target === table ? '' : field.target, fields: ['id'] },
          }));
  return {
    profile: 'tabular-data-package',
    name: 'mnd-mps-coordination',
    title:
      "Coordination between Vietnam's Ministry of National Defence and Ministry of Public Security",
    description:
      'Meetings, metrics, officials, organizations and documents of the coordination between the two ministries under Decree 03/2019/ND-CP and Decree No. 77, each fact with its evidence: a quote checked in a bundled article, or a cited place on a public page. CSV flattening: nested objects become dotted column names (date.earliest); lists are JSON cells; an empty cell is null.',
    version,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ],
    sources: records.sources.map((source) => ({
      title: source.publisher ? `${source.title} (${source.publisher.name})` : source.title,
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: TABLE_NAMES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table,
      path: `${table}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description:
        table === 'evidence'
          ? 'Every piece of evidence of every record, one row each.'
          : COLLECTIONS[table].description,
      dialect: {
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
        header: true,
      },
      schema: {
        fields: columnsOf(table).map((column) => ({
          name: column.name,
          type: column.type,
          ...(column.type === 'array' || column.type === 'object' ? { format: 'default' } : {}),
          description: column.description,
          ...(column.enum ? { constraints: { enum: column.enum } } : {}),
        })),
        primaryKey: table === 'evidence' ? ['collection', 'id', 'field'] : ['id'],
        ...(foreignKeys(table).length > 0 ? { foreignKeys: foreignKeys(table) } : {}),
        missingValues: [''],
      },
    })),
  };
}
