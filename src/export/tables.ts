import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import { COLLECTION_NAMES, type CollectionName, type Ids } from '../core/collections.js';
import { forEachEvidence } from '../core/evidence.js';
import { formatPath, valueAt } from '../core/problem.js';
import type { DatasetRecords } from '../dataset.js';
import { COLLECTIONS } from '../schemas/collections.js';
import { REFERENCE_FIELDS } from '../validate/references.js';

/** A JSON Schema (draft 2020-12) object, as `z.toJSONSchema` produces it. */
export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a collection's records as published (or, with `input`, as authors write them), from its zod schema. */
export function jsonSchemaOf(
  collection: CollectionName,
  io: 'output' | 'input' = 'output',
): JsonSchema {
  const { schema, published } = COLLECTIONS[collection];
  return z.toJSONSchema(io === 'output' ? published : schema, {
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

/** The non-null alternative of a nullable schema (anyOf [X, null]), or the schema itself. */
function nonNull(schema: JsonSchema): JsonSchema {
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  const alternatives = anyOf?.filter((alternative) => alternative.type !== 'null') ?? [];
  return alternatives.length === 1
    ? { ...alternatives[0], description: schema.description ?? alternatives[0]?.description }
    : schema;
}

/** The Table Schema type of a field: a date, or its JSON Schema type, with `object` for a JSON cell. */
function tableType(schema: JsonSchema): TableColumn['type'] {
  if (schema.type === 'string') return schema.format === 'date' ? 'date' : 'string';
  const types: readonly unknown[] = ['array', 'integer', 'number', 'boolean'];
  return types.includes(schema.type) ? (schema.type as TableColumn['type']) : 'object';
}

/**
 * The columns of a table, in field order. A nested object (nullable or not) becomes one column
 * per field, named by its dotted path (`date.earliest`); a list, whatever it holds, is one column
 * of JSON (`evidence`, `otherNames`); a null or absent value is an empty cell.
 */
function schemaColumns(schema: JsonSchema, prefix: readonly string[] = []): TableColumn[] {
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(
    ([key, property]) => {
      const path = [...prefix, key];
      const inner = nonNull(property);
      if (inner.type === 'object' && inner.properties) return schemaColumns(inner, path);
      const column: TableColumn = {
        name: path.join('.'),
        path,
        type: tableType(inner),
        description: String(property.description ?? inner.description ?? ''),
      };
      return Array.isArray(inner.enum) ? [{ ...column, enum: inner.enum as string[] }] : [column];
    },
  );
}

/** The columns of the evidence table, by name, with their descriptions; every column is a string but the offsets. */
const EVIDENCE_DESCRIPTIONS = {
  collection: 'The collection of the record the evidence backs.',
  id: 'The id of the record the evidence backs.',
  field: 'The field of the record the evidence backs, as a path: "issued.evidence[0]".',
  kind: 'quote: exact words of a bundled text, checked at their offsets; cited: a place on a public page.',
  source: 'The source of the evidence.',
  quote: 'Quote evidence: the exact words of the source.',
  start: 'Quote evidence: code-point offset of the first character of the quote in the NFC text.',
  end: 'Quote evidence: code-point offset just after the last character.',
  locator: 'Cited evidence: where on the page.',
  note: "Cited evidence: what the page states there, in the curator's words.",
};

const EVIDENCE_COLUMNS: readonly TableColumn[] = Object.entries(EVIDENCE_DESCRIPTIONS).map(
  ([name, description]) => ({
    name,
    path: [name],
    type: name === 'start' || name === 'end' ? 'integer' : 'string',
    description,
    ...(name === 'kind' ? { enum: ['quote', 'cited'] } : {}),
  }),
);

/** The columns of every table. */
export function columnsOf(table: TableName): readonly TableColumn[] {
  return table === 'evidence' ? EVIDENCE_COLUMNS : schemaColumns(jsonSchemaOf(table));
}

/** The rows of a table: a collection's records, or every piece of evidence of every record. */
export function rowsOf(records: DatasetRecords<Ids>, table: TableName): readonly unknown[] {
  if (table !== 'evidence') return records[table];
  const rows: Record<string, unknown>[] = [];
  for (const collection of COLLECTION_NAMES)
    for (const record of records[collection])
      forEachEvidence(record, (evidence, path) =>
        rows.push({ collection, id: record.id, field: formatPath(path), ...evidence }),
      );
  return rows;
}

/** The file formats of the data exports. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A value as a CSV cell: empty for null, JSON for lists and objects. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

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
  const cells = (row: unknown) => columns.map((column) => cellText(valueAt(row, column.path)));
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
  // A reference field that is a column (one id, not a list) and names a fixed collection.
  const foreignKeys = (table: TableName, columns: ReadonlySet<string>) =>
    table === 'evidence'
      ? [{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }]
      : REFERENCE_FIELDS[table]
          .filter((field) => field.target !== '$collection' && columns.has(field.path.join('.')))
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
      title: [source.title ?? source.url ?? source.id, source.publisher?.name]
        .filter((part) => part !== undefined)
        .join(' / '),
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: TABLE_NAMES.map((table) => {
      const columns = columnsOf(table);
      const keys = foreignKeys(table, new Set(columns.map((column) => column.name)));
      return {
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
          fields: columns.map((column) => ({
            name: column.name,
            type: column.type,
            ...(column.type === 'array' || column.type === 'object' ? { format: 'default' } : {}),
            description: column.description,
            ...(column.enum ? { constraints: { enum: column.enum } } : {}),
          })),
          primaryKey: table === 'evidence' ? ['collection', 'id', 'field'] : ['id'],
          ...(keys.length > 0 ? { foreignKeys: keys } : {}),
          missingValues: [''],
        },
      };
    }),
  };
}
