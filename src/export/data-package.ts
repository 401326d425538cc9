import type { DatasetRecords } from '../dataset/collections.js';
import { COLLECTION_NAMES } from '../dataset/collections.js';
import type { CollectionName } from '../schemas/conflict.js';
import { EVIDENCE_COLUMNS } from './evidence-table.js';
import { jsonSchemaOf } from './json-schemas.js';
import { type TableColumn, tableColumns } from './table-columns.js';

/** The tables exported as files: every collection, plus the flat evidence table. */
export type TableName = CollectionName | 'evidence';
export const TABLE_NAMES: readonly TableName[] = [...COLLECTION_NAMES, 'evidence'];

/** The columns of every table. */
export function columnsOf(table: TableName): readonly TableColumn[] {
  return table === 'evidence' ? EVIDENCE_COLUMNS : tableColumns(jsonSchemaOf(table));
}

/** Scalar columns that hold the id of a record in another table (list-valued references stay JSON cells). */
const FOREIGN_KEYS: Partial<Record<TableName, readonly { field: string; table: TableName }[]>> = {
  sources: [{ field: 'publisher.organization', table: 'organizations' }],
  organizations: [{ field: 'parent', table: 'organizations' }],
  documents: [{ field: 'issuer', table: 'organizations' }],
  metrics: [
    { field: 'meeting', table: 'meetings' },
    { field: 'indicator', table: 'indicators' },
  ],
  evidence: [{ field: 'source', table: 'sources' }],
};

const PRIMARY_KEYS: Partial<Record<TableName, readonly string[]>> = {
  evidence: ['collection', 'id', 'field'],
};

/** One sentence on what each table holds. */
export const TABLE_DESCRIPTIONS: Readonly<Record<TableName, string>> = {
  sources: 'The source articles.',
  organizations: 'Bodies named in the sources.',
  people: 'Officials named in the sources, with their rank and position claims (JSON cells).',
  documents: 'Legal and party documents referenced by the sources.',
  meetings: 'Coordination meetings, one record per meeting however many sources report it.',
  metrics: 'Quantities reported at the meetings.',
  indicators: 'The controlled vocabulary that makes metrics comparable.',
  conflicts: 'Disagreements between or within sources.',
  redirects: 'Retired ids and the ids they now resolve to.',
  evidence: 'Every evidence quote of every record, one row each.',
};

/**
 * A Frictionless Tabular Data Package descriptor for the CSV files: every table with its fields
 * (types, descriptions, enumerations), primary and foreign keys, the licence and the sources.
 */
export function dataPackage(records: DatasetRecords, version: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'mnd-mps-coordination',
    title:
      "Coordination between Vietnam's Ministry of National Defence and Ministry of Public Security",
    description:
      'Meetings, metrics, officials, organizations and documents of the coordination between the two ministries under Decree 03/2019/ND-CP and Decree No. 77, each fact with evidence quoted from its source article. CSV flattening: nested objects become dotted column names (date.earliest); lists are JSON cells; an empty cell is null.',
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
    resources: TABLE_NAMES.map((table) => {
      const columns = columnsOf(table);
      return {
        profile: 'tabular-data-resource',
        name: table,
        path: `${table}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: TABLE_DESCRIPTIONS[table],
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
          primaryKey: [...(PRIMARY_KEYS[table] ?? ['id'])],
          ...(FOREIGN_KEYS[table]
            ? {
                foreignKeys: FOREIGN_KEYS[table].map(({ field, table: target }) => ({
                  fields: [field],
                  reference: { resource: target === table ? '' : target, fields: ['id'] },
                })),
              }
            : {}),
          missingValues: [''],
        },
      };
    }),
  };
}
