import type { Ids } from '../core/collections.js';
import type { DatasetRecords } from '../dataset.js';
import { type Table, TABLES } from './tables.js';

/** The tabular text formats a Data Package describes. */
export type PackageFormat = 'csv' | 'ndjson';

/** The title, description and licence of the dataset, as every descriptor gives them. */
export const DATASET = {
  name: 'mnd-mps-coordination',
  title:
    "Coordination between Vietnam's Ministry of National Defence and Ministry of Public Security",
  description:
    'Meetings, metrics, officials, organizations and documents of the coordination between the two ministries under Decree 03/2019/ND-CP and Decree No. 77, each fact with its evidence: a quote checked in a bundled article, or a cited place on a public page.',
  license: {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
  homepage: 'https://www.npmjs.com/package/mnd-mps-coordination',
} as const;

const TIDY =
  'Tidy tables, one row per fact: each collection has a table of its single values (nested objects flattened into snake_case columns: date.earliest is date_earliest), each list a table of its own keyed by its parent and the position of the item (meeting_co_chairs: meeting, position, person), every piece of evidence is a row of evidence and every inference a row of inferences. No cell holds a list; an empty cell is null.';

/** A column as a Table Schema field: name, type, description and constraints. */
function fieldOf(column: Table['columns'][number]) {
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(column.required || column.enum
      ? {
          constraints: {
            ...(column.required ? { required: true } : {}),
            ...(column.enum ? { enum: column.enum } : {}),
          },
        }
      : {}),
  };
}

/**
 * A Frictionless Tabular Data Package descriptor for the tidy tables in CSV or NDJSON files:
 * every table with its fields (types, descriptions, enumerations, required), its primary key,
 * and a foreign key for every column of ids that names a fixed collection, the key columns of
 * the list tables included (composite keys for lists inside lists). A column of ids of the
 * collection a sibling column names (`evidence.record_id`, `conflicts.record_id`,
 * `redirects.to_id`) is polymorphic: it has no foreign key, and says which column names its
 * collection.
 */
export function dataPackage(
  records: DatasetRecords<Ids>,
  version: string,
  format: PackageFormat,
): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: DATASET.name,
    title: DATASET.title,
    description: `${DATASET.description} ${TIDY}`,
    version,
    homepage: DATASET.homepage,
    licenses: [DATASET.license],
    sources: records.sources.map((source) => ({
      title: [source.title ?? source.url ?? source.id, source.publisher?.name]
        .filter((part) => part !== undefined)
        .join(' / '),
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.${format}`,
      format,
      mediatype: format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      encoding: 'utf-8',
      description: table.description,
      ...(format === 'csv'
        ? {
            dialect: {
              delimiter: ',',
              lineTerminator: '\r\n',
              quoteChar: '"',
              doubleQuote: true,
              header: true,
            },
          }
        : {}),
      schema: {
        fields: table.columns.map(fieldOf),
        primaryKey: table.primaryKey,
        ...(table.foreignKeys.length > 0
          ? {
              foreignKeys: table.foreignKeys.map((key) => ({
                fields: key.columns,
                reference: {
                  resource: key.table === table.name ? '' : key.table,
                  fields: key.references,
                },
              })),
            }
          : {}),
        missingValues: [''],
      },
    })),
  };
}
