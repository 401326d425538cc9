import * as z from 'zod';
import { COLLECTION_NAMES, type CollectionName, type Ids } from '../core/collections.js';
import { forEachEvidence } from '../core/evidence.js';
import { getOrMake } from '../core/group.js';
import { formatPath, valueAt } from '../core/problem.js';
import type { DatasetRecords } from '../dataset.js';
import { COLLECTIONS, DERIVED_FIELDS } from '../schemas/collections.js';
import { EvidenceSchema } from '../schemas/evidence.js';
import { InferenceSchema } from '../schemas/inference.js';
import { REFERENCES_KEY } from '../schemas/ref.js';
import { REFERENCE_FIELDS } from '../validate/references.js';

/** A JSON Schema (draft 2020-12) object, as `z.toJSONSchema` produces it. */
export type JsonSchema = Record<string, unknown>;

const toJsonSchema = (schema: z.ZodType, io: 'output' | 'input' = 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

/** The JSON Schema of a collection's records as published (or, with `input`, as authors write them), from its zod schema. */
export function jsonSchemaOf(
  collection: CollectionName,
  io: 'output' | 'input' = 'output',
): JsonSchema {
  const { schema, published } = COLLECTIONS[collection];
  return toJsonSchema(io === 'output' ? published : schema, io);
}

/** The non-null alternative of a nullable schema (anyOf [X, null]), or the schema itself. */
function nonNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  const alternatives = anyOf?.filter((alternative) => alternative.type !== 'null') ?? [];
  return alternatives.length === 1 && anyOf?.length === 2
    ? {
        schema: {
          ...alternatives[0],
          description: schema.description ?? alternatives[0]?.description,
        },
        nullable: true,
      }
    : { schema, nullable: false };
}

/** The forms of an object schema: its alternatives when it is a union of objects (evidence: quote or cited), else itself. */
function objectForms(schema: JsonSchema): JsonSchema[] | undefined {
  if (schema.type === 'object' && schema.properties) return [schema];
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  return anyOf?.every((form) => form.type === 'object' && form.properties) ? anyOf : undefined;
}

// ---------------------------------------------------------------------------------------------
// Names. Every table and column name is snake_case, so that SQL needs no quotes: camelCase keys
// become snake_case and nested keys are joined with _ (date.earliest -> date_earliest,
// quantity.asReported -> quantity_as_reported). The few keys that SQL reserves get a suffix
// that says what they hold.
// ---------------------------------------------------------------------------------------------

/** Keys that are reserved words in SQL, or the pair of one, and the column names they get. */
const SQL_RENAMES: Readonly<Record<string, string>> = {
  start: 'start_offset',
  end: 'end_offset',
  group: 'group_id',
  to: 'to_id',
};

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The column name of a path of keys: snake_case, joined with _, a reserved word renamed. */
export function columnName(path: readonly string[]): string {
  const name = path.map(snakeCase).join('_');
  return SQL_RENAMES[name] ?? name;
}

/** The name of one item of a list, from the list's name: sites -> site, otherNames -> other_name, positionsAsReported -> position_as_reported. */
function itemName(path: readonly string[]): string {
  const words = columnName(path).split('_');
  const plural = (word: string | undefined) => word !== undefined && /[^s]s$/.test(word);
  const at = plural(words.at(-1)) ? words.length - 1 : plural(words[0]) ? 0 : -1;
  return words.map((word, index) => (index === at ? word.slice(0, -1) : word)).join('_');
}

// ---------------------------------------------------------------------------------------------
// The tables.
// ---------------------------------------------------------------------------------------------

/** The type of a column: a Frictionless Table Schema type. Dates are YYYY-MM-DD days. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

/** A column of a table. */
export interface TableColumn {
  readonly name: string;
  /**
   * Where the value comes from: a key (0: the record's id, 1...: the positions of the items in
   * the lists the row sits in), or a path of keys inside the row's item (the record for a
   * collection's table, the list item for a list's table; empty for a list of plain values).
   */
  readonly from: { readonly key: number } | { readonly path: readonly string[] };
  readonly type: ColumnType;
  readonly description: string;
  /** The allowed values, for enumerations. */
  readonly enum?: readonly string[];
  /** Whether every row has a value (no null). */
  readonly required: boolean;
  /** The collection whose ids the column holds, if it holds ids. */
  readonly references?: CollectionName;
  /** For a column of ids of any collection: the column of the same row that names the collection. */
  readonly collectionColumn?: string;
}

/** A foreign key: columns of a table that hold the primary key of another (or the same) table. */
export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
}

/**
 * A tidy table: one row per fact. `records`: a collection's table, one row per record, with its
 * single values. `list`: one row per item of a list of a collection's records (a list inside a
 * list's items gives a table of its own), keyed by the record's id and the positions.
 * `evidence` and `inferences`: every piece of evidence and every inference of every record.
 */
export interface Table {
  readonly name: string;
  readonly kind: 'records' | 'list' | 'evidence' | 'inferences';
  readonly description: string;
  /** The collection whose records give the rows (null for evidence and inferences: all of them). */
  readonly collection: CollectionName | null;
  /** The lists from a record to a row's item, each a path of keys: none for a collection's table, [['sites'], ['chairs']] for the chairs of each site of a meeting. */
  readonly lists: readonly (readonly string[])[];
  readonly columns: readonly TableColumn[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** The JSON Schema of a piece of evidence and of an inference, to know their lists when the walk meets them. */
const EVIDENCE_ITEM = toJsonSchema(EvidenceSchema);
const INFERENCE_ITEM = toJsonSchema(InferenceSchema);
const sameSchema = (schema: JsonSchema, item: JsonSchema) => {
  const strip = ({ $schema: _, description: __, ...rest }: JsonSchema) => JSON.stringify(rest);
  return strip(schema) === strip(item);
};

/** A description ending in a full stop. */
const sentence = (text: unknown) => {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  return trimmed === '' || /[.!?)"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** The column type of a single value's JSON Schema: a date for format date. */
const typeOf = (schema: JsonSchema): ColumnType =>
  schema.type === 'string'
    ? schema.format === 'date'
      ? 'date'
      : 'string'
    : (schema.type as ColumnType);

/** What a walk over an object finds: its columns, and the lists that get tables of their own. */
interface Walk {
  readonly columns: TableColumn[];
  readonly lists: { readonly path: readonly string[]; readonly schema: JsonSchema }[];
}

/**
 * The fields of an object that a table holds: single values flattened into columns; lists set
 * apart. Without options, the object is a list's item.
 */
function walkObject(
  schema: JsonSchema,
  options: {
    readonly prefix?: readonly string[];
    readonly required?: boolean;
    readonly context?: string;
    readonly skip?: (path: readonly string[], items: JsonSchema) => boolean;
    /** Whether the object is a record (not a list's item). */
    readonly root?: boolean;
  } = {},
  walk: Walk = { columns: [], lists: [] },
): Walk {
  const { prefix = [], context = '', skip = () => false } = options;
  const forms = objectForms(schema) ?? [];
  // The fields of every form, in order of first appearance; required where every form requires them.
  const keys = [...new Set(forms.flatMap((form) => Object.keys(form.properties as object)))];
  for (const key of keys) {
    const present = forms.flatMap((form) => {
      const property = (form.properties as Record<string, JsonSchema>)[key];
      return property ? [property] : [];
    });
    const path = [...prefix, key];
    const { schema: inner, nullable } = nonNull(present[0] as JsonSchema);
    const required =
      options.required !== false &&
      !nullable &&
      forms.every((form) => ((form.required ?? []) as string[]).includes(key));
    const description = String(present[0]?.description ?? inner.description ?? '');
    const described = [context, sentence(description)].filter(Boolean).join(' ');
    if (objectForms(inner)) {
      walkObject(inner, { ...options, prefix: path, required, context: described }, walk);
      continue;
    }
    if (inner.type === 'array') {
      const items = (inner.items ?? {}) as JsonSchema;
      // Evidence and inferences go to tables of their own, whatever holds them.
      if (sameSchema(items, EVIDENCE_ITEM)) continue;
      if (sameSchema(items, INFERENCE_ITEM)) {
        if (!options.root || path.length !== 1)
          throw new Error(`inferences belong to a record, not to ${path.join('.')}`);
        continue;
      }
      if (!skip(path, items)) walk.lists.push({ path, schema: { ...items, description } });
      continue;
    }
    const values = present.flatMap((property) => {
      const { schema: form } = nonNull(property);
      return Array.isArray(form.enum) ? form.enum : form.const !== undefined ? [form.const] : [];
    });
    walk.columns.push(valueColumn(columnName(path), path, inner, described, required, values));
  }
  return walk;
}

/** A column of single values, its type, enumeration and reference read from their JSON Schema. */
function valueColumn(
  name: string,
  path: readonly string[],
  schema: JsonSchema,
  description: string,
  required: boolean,
  values: readonly unknown[],
): TableColumn {
  const references = schema[REFERENCES_KEY] as CollectionName | '$collection' | undefined;
  return {
    name,
    from: { path },
    type: typeOf(schema),
    description,
    ...(values.length > 0 ? { enum: [...new Set(values.map(String))] } : {}),
    required,
    ...(references === '$collection'
      ? { collectionColumn: columnName([...path.slice(0, -1), 'collection']) }
      : references
        ? { references }
        : {}),
  };
}

/** A key column: the `key`th key of the rows (0: the record's id, 1...: positions, for a collection's lists). */
const keyColumn = (
  name: string,
  key: number,
  type: ColumnType,
  description: string,
  more: Partial<TableColumn> = {},
): TableColumn => ({ name, from: { key }, type, description, required: true, ...more });

/**
 * Whether a list is a back-reference the build derives (a meeting's `metrics`, a source's
 * `reports`) whose other side already holds the key (`metrics.meeting`, `meeting_sources`): it
 * needs no table of its own.
 */
function isDerivedBackReference(
  collection: CollectionName,
  path: readonly string[],
  items: JsonSchema,
): boolean {
  const target = items[REFERENCES_KEY] as CollectionName | undefined;
  const derived = DERIVED_FIELDS[collection].some(
    (field) => field.kind === 'added' && field.path.join('.') === path.join('.'),
  );
  return (
    derived &&
    target !== undefined &&
    REFERENCE_FIELDS[target].some((field) => field.target === collection)
  );
}

/** The foreign keys of the columns of ids of a collection: one each, to the collection's table. */
function foreignKeysOf(columns: readonly TableColumn[]): ForeignKey[] {
  return columns.flatMap((column) =>
    column.references && 'path' in column.from
      ? [{ columns: [column.name], table: column.references, references: ['id'] }]
      : [],
  );
}

/**
 * A table of its key columns and then its value columns: the keys are its primary key (unless
 * another is given), and each value column of ids of a collection a foreign key.
 */
function tableOf(
  definition: Omit<Table, 'columns' | 'primaryKey' | 'foreignKeys'> & {
    readonly keys: readonly TableColumn[];
    readonly values: readonly TableColumn[];
    readonly primaryKey?: readonly string[];
    /** The foreign key to the table the rows belong to. */
    readonly parent?: ForeignKey;
  },
): Table {
  const { keys, values, parent, primaryKey = keys.map((key) => key.name), ...table } = definition;
  const columns = [...keys, ...values];
  const names = columns.map((column) => column.name);
  if (new Set(names).size !== names.length)
    throw new Error(`table ${table.name} has two columns of one name: ${names.join(', ')}`);
  const foreignKeys = [...(parent ? [parent] : []), ...foreignKeysOf(values)];
  return { ...table, columns, primaryKey, foreignKeys };
}

/** Every table: each collection's, then the tables of its lists, then evidence and inferences. */
function buildTables(): Table[] {
  const tables: Table[] = [];
  for (const collection of COLLECTION_NAMES) {
    const { singular, description } = COLLECTIONS[collection];
    const skip = (path: readonly string[], items: JsonSchema) =>
      isDerivedBackReference(collection, path, items);
    const root = walkObject(jsonSchemaOf(collection), { skip, root: true });
    tables.push(
      tableOf({
        name: collection,
        kind: 'records',
        description: sentence(description),
        collection,
        lists: [],
        keys: [],
        values: root.columns,
        primaryKey: ['id'],
      }),
    );
    // A list's table, and those of the lists inside its items, depth first.
    const addList = (
      parent: {
        name: string;
        lists: readonly (readonly string[])[];
        keys: readonly TableColumn[];
      },
      list: { path: readonly string[]; schema: JsonSchema },
    ) => {
      const item = itemName(list.path);
      const depth = parent.lists.length;
      // meeting_co_chairs, meeting_site_chairs: the record, the item of each enclosing list, the list.
      const name = [singular, ...parent.lists.map(itemName), columnName(list.path)].join('_');
      const parentKeys = parent.keys.map((key) =>
        key.name === 'position'
          ? { ...key, name: `${itemName(parent.lists.at(-1) ?? [])}_position` }
          : key,
      );
      const keys = [
        ...parentKeys,
        keyColumn(
          'position',
          depth + 1,
          'integer',
          `The place of the item in the list, from 0 (${formatPath([...list.path, 0])} is the first).`,
        ),
      ];
      // A list of objects gives their columns; a list of plain values, one column of the values.
      const references = list.schema[REFERENCES_KEY] as CollectionName | undefined;
      const valueName = references ? COLLECTIONS[references].singular : item;
      const walk = objectForms(list.schema)
        ? walkObject(list.schema)
        : {
            columns: [
              valueColumn(valueName, [], list.schema, sentence(list.schema.description), true, [
                ...((list.schema.enum as unknown[] | undefined) ?? []),
              ]),
            ],
            lists: [],
          };
      const taken = new Set(keys.map((key) => key.name));
      const values = walk.columns.map((column) =>
        taken.has(column.name) ? { ...column, name: `${item}_${column.name}` } : column,
      );
      const lists = [...parent.lists, list.path];
      const parentTable =
        depth === 0
          ? { table: collection, references: ['id'] }
          : { table: parent.name, references: parent.keys.map((key) => key.name) };
      tables.push(
        tableOf({
          name,
          kind: 'list',
          description: `${sentence(list.schema.description)} One row per item of the list of each ${
            depth === 0 ? singular : `item of ${parent.name}`
          }, with its key and its place in the list.`,
          collection,
          lists,
          keys,
          values,
          parent: { columns: parentKeys.map((key) => key.name), ...parentTable },
        }),
      );
      for (const inner of walk.lists) addList({ name, lists, keys }, inner);
    };
    const id = keyColumn(columnName([singular]), 0, 'string', `The id of the ${singular}.`, {
      references: collection,
    });
    for (const list of root.lists) addList({ name: collection, lists: [], keys: [id] }, list);
  }
  /** The table of every item of a kind in every record, keyed by the record and where the item is in it. */
  const inEveryRecord = (
    name: 'evidence' | 'inferences',
    description: string,
    what: string,
    item: JsonSchema,
    keys: readonly TableColumn[],
  ) =>
    tableOf({
      name,
      kind: name,
      description,
      collection: null,
      lists: [],
      keys: [
        keyColumn('collection', 0, 'string', `The collection of the record ${what}.`, {
          enum: COLLECTION_NAMES,
        }),
        keyColumn(
          'record_id',
          1,
          'string',
          `The id of the record ${what}, in the table that collection names (no foreign key: it may be any collection's).`,
          { collectionColumn: 'collection' },
        ),
        ...keys,
      ],
      values: walkObject(item).columns,
    });
  tables.push(
    inEveryRecord(
      'evidence',
      'Every piece of evidence of every record, one row each: a quote of a bundled text (checked at its offsets) or a cited place on a public page.',
      'the evidence backs',
      EVIDENCE_ITEM,
      [
        keyColumn(
          'field',
          2,
          'string',
          'The list of evidence in the record, as a path: "evidence", "date.evidence", "participants[2].evidence", "mentions".',
        ),
        keyColumn('position', 3, 'integer', 'The place of the evidence in that list, from 0.'),
      ],
    ),
    inEveryRecord(
      'inferences',
      'Every inference of every record, one row each: a field whose value the curator inferred rather than read, with the reasoning.',
      'that holds the inference',
      INFERENCE_ITEM,
      [
        keyColumn(
          'position',
          2,
          'integer',
          "The place of the inference in the record's inferences, from 0.",
        ),
      ],
    ),
  );
  const names = tables.map((table) => table.name);
  if (new Set(names).size !== names.length) throw new Error(`two tables of one name: ${names}`);
  return tables;
}

/**
 * Every table of the exports, derived from the registry and the published schemas alone: each
 * collection's table (its single values, nested objects flattened into columns), a table for
 * every list (and for every list inside a list's items) with the parent's key and the item's
 * position, and the `evidence` and `inferences` tables. Lists the build derives whose other side
 * holds the key (a meeting's `metrics`, a source's `reports`) have none.
 */
export const TABLES: readonly Table[] = buildTables();

/** A table by name. */
export function tableNamed(name: string): Table {
  const table = TABLES.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** A cell: text, a number, a boolean, or null. */
export type Cell = string | number | boolean | null;
/** A row of a table: a cell for each column, by name. */
export type Row = Readonly<Record<string, Cell>>;

const cell = (value: unknown): Cell =>
  value === undefined || value === null
    ? null
    : typeof value === 'object'
      ? JSON.stringify(value)
      : (value as Cell);

const rowCache = new WeakMap<object, Map<Table, readonly Row[]>>();

/** Every row of a table (computed once for each set of records and table: the formats share them). */
export function tableRows(records: DatasetRecords<Ids>, table: Table): readonly Row[] {
  const cached = getOrMake(rowCache, records, () => new Map<Table, readonly Row[]>());
  return getOrMake(cached, table, () => Object.freeze(computeRows(records, table)));
}

function computeRows(records: DatasetRecords<Ids>, table: Table): Row[] {
  const rows: Row[] = [];
  const row = (keys: readonly Cell[], item: unknown) =>
    rows.push(
      Object.fromEntries(
        table.columns.map((column) => [
          column.name,
          'key' in column.from
            ? (keys[column.from.key] ?? null)
            : cell(valueAt(item, column.from.path)),
        ]),
      ),
    );
  // Evidence and inferences: those of every record.
  if (table.collection === null) {
    for (const collection of COLLECTION_NAMES)
      for (const record of records[collection]) {
        const key = [collection, record.id];
        if (table.kind === 'evidence')
          forEachEvidence(record, (evidence, path) =>
            row([...key, formatPath(path.slice(0, -1)), path.at(-1) as number], evidence),
          );
        else
          ((record as { inferences?: unknown[] }).inferences ?? []).forEach((inference, at) =>
            row([...key, at], inference),
          );
      }
    return rows;
  }
  const visit = (keys: Cell[], value: unknown, depth: number) => {
    if (depth === table.lists.length) return row(keys, value);
    const list = valueAt(value, table.lists[depth] as readonly string[]);
    if (Array.isArray(list))
      list.forEach((item, position) => visit([...keys, position], item, depth + 1));
  };
  for (const record of records[table.collection as CollectionName]) visit([record.id], record, 0);
  return rows;
}

/**
 * The fields of a collection's records, nested objects flattened to dotted paths and each list
 * one field, as the catalogue's field dictionary lists them (the tables spread the lists out).
 */
export interface RecordField {
  /** "quantity.lower", "date.edtf". */
  readonly name: string;
  readonly path: readonly string[];
  /** Frictionless Table Schema type, with array for a list and object for anything else. */
  readonly type: ColumnType | 'array' | 'object';
  readonly description: string;
  readonly enum?: readonly string[];
}

/** The fields of a collection's records, in field order: see {@link RecordField}. */
export function columnsOf(collection: CollectionName): readonly RecordField[] {
  const fields = (schema: JsonSchema, prefix: readonly string[]): RecordField[] =>
    Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(
      ([key, property]) => {
        const path = [...prefix, key];
        const { schema: inner } = nonNull(property);
        if (inner.type === 'object' && inner.properties) return fields(inner, path);
        const known = ['array', 'string', 'integer', 'number', 'boolean'].includes(
          String(inner.type),
        );
        const type = inner.type === 'array' ? 'array' : known ? typeOf(inner) : 'object';
        return [
          {
            name: path.join('.'),
            path,
            type,
            description: String(property.description ?? inner.description ?? ''),
            ...(Array.isArray(inner.enum) ? { enum: inner.enum as string[] } : {}),
          },
        ];
      },
    );
  return fields(jsonSchemaOf(collection), []);
}
