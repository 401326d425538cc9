import type { Ids } from '../../../src/core/collections.js';
import type { CollectionName } from '../../../src/core/collections.js';
import type { DatasetRecords } from '../../../src/dataset.js';
import { columnsOf, jsonSchemaOf, type JsonSchema, TABLES } from '../../../src/export/tables.js';
import { table, text } from './markdown.js';

/** The non-null alternative of a nullable property, and whether null is allowed. */
function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  const alternatives = anyOf?.filter((alternative) => alternative.type !== 'null');
  if (!anyOf || !alternatives || alternatives.length !== 1) return { schema, nullable: false };
  return { schema: alternatives[0] as JsonSchema, nullable: true };
}

/**
 * Whether a record may leave the field at `path` without a value: the field (or an object it sits
 * in) may be absent or null, or it is a list that may be empty.
 */
export function isOptional(schema: JsonSchema, path: readonly string[]): boolean {
  let current = schema;
  for (const key of path) {
    const required = (current.required ?? []) as string[];
    const property = ((current.properties ?? {}) as Record<string, JsonSchema>)[key];
    if (property === undefined) throw new Error(`no field "${path.join('.')}" in the schema`);
    const { schema: inner, nullable } = unwrapNullable(property);
    if (!required.includes(key) || nullable) return true;
    current = inner;
  }
  return (
    current.type === 'array' && !(typeof current.minItems === 'number' && current.minItems > 0)
  );
}

/** Whether a field's value, written as text, is one: not empty, and not an empty JSON list. */
const filled = (cell: string) => cell !== '' && cell !== '[]';

/** Whether two paths of keys are the same. */
const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

/**
 * Where a field of a collection's records is in the exports' tidy tables: a snake_case column of
 * the collection's table (`meetings.date_edtf`), a list's own table (`meeting_co_chairs`), the
 * `evidence` or `inferences` table, or none for a list the build derives from the records it
 * lists (their table holds the link).
 */
export function exportedAs(collection: CollectionName, path: readonly string[]): string {
  for (const candidate of TABLES) {
    if (candidate.collection !== collection) continue;
    if (candidate.kind === 'records') {
      const column = candidate.columns.find(
        (inTable) => 'path' in inTable.from && samePath(inTable.from.path, path),
      );
      if (column) return `\`${candidate.name}.${column.name}\``;
    } else if (
      candidate.kind === 'list' &&
      candidate.lists.length === 1 &&
      samePath(candidate.lists[0] ?? [], path)
    )
      return `table \`${candidate.name}\``;
  }
  const last = path.at(-1);
  if (last === 'evidence' || last === 'mentions') return 'table `evidence`';
  if (last === 'inferences') return 'table `inferences`';
  return 'no table: derived, the records it lists hold the link';
}

/**
 * The field dictionary of a collection as a Markdown table: every field of its records (by its
 * path) with where the exports' tables hold it, its type, whether it is optional, its description
 * from the schema, and how many records fill it.
 */
export function fieldDictionary(records: DatasetRecords<Ids>, collection: CollectionName): string {
  const schema = jsonSchemaOf(collection);
  const columns = columnsOf(collection);
  const cell = (record: unknown, path: readonly string[]) => {
    const value = path.reduce<unknown>(
      (inner, key) =>
        inner !== null && typeof inner === 'object'
          ? (inner as Record<string, unknown>)[key]
          : undefined,
      record,
    );
    return value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  };
  const rows = records[collection].map((record) =>
    columns.map((column) => cell(record, column.path)),
  );
  return table(
    ['Field', 'In the tables', 'Type', 'Optional', 'Filled', 'Description'],
    columns.map((column, index) => {
      const count = rows.filter((row) => filled(row[index] ?? '')).length;
      const share =
        rows.length === 0
          ? 'no records'
          : `${count} of ${rows.length} (${Math.round((100 * count) / rows.length)}%)`;
      const values = column.enum
        ? ` One of: ${column.enum.map((value) => `\`${value}\``).join(', ')}.`
        : '';
      return [
        `\`${column.name}\``,
        exportedAs(collection, column.path),
        column.type,
        isOptional(schema, column.path) ? 'optional' : 'required',
        share,
        `${text(column.description)}${values}`,
      ];
    }),
  );
}
