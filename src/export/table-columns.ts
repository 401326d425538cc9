import type { JsonSchema } from './json-schemas.js';

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
  if (!anyOf) return schema;
  const alternatives = anyOf.filter((alternative) => alternative.type !== 'null');
  return alternatives.length === 1
    ? {
        ...(alternatives[0] as JsonSchema),
        description: schema.description ?? (alternatives[0] as JsonSchema).description,
      }
    : schema;
}

function scalarType(schema: JsonSchema): TableColumn['type'] {
  if (schema.type === 'array') return 'array';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'string' && schema.format === 'date') return 'date';
  if (schema.type === 'string') return 'string';
  return 'object';
}

/**
 * The columns of a collection's CSV table, in field order. The flattening rules: a nested object
 * (nullable or not) becomes one column per field, named by its dotted path (`date.earliest`); a
 * list, whatever it holds, becomes one column holding its JSON (`evidence`, `otherNames`); a null
 * or absent value is an empty cell.
 */
export function tableColumns(schema: JsonSchema, prefix: readonly string[] = []): TableColumn[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).flatMap(([key, property]) => {
    const path = [...prefix, key];
    const inner = nonNull(property);
    if (inner.type === 'object' && inner.properties) return tableColumns(inner, path);
    const column: TableColumn = {
      name: path.join('.'),
      path,
      type: scalarType(inner),
      description: String(property.description ?? inner.description ?? ''),
    };
    return Array.isArray(inner.enum) ? [{ ...column, enum: inner.enum as string[] }] : [column];
  });
}

/** One record as CSV cell strings, following the columns' flattening rules. */
export function tableRow(record: unknown, columns: readonly TableColumn[]): string[] {
  return columns.map((column) => {
    const value = column.path.reduce<unknown>(
      (inner, key) =>
        inner !== null && typeof inner === 'object'
          ? (inner as Record<string, unknown>)[key]
          : undefined,
      record,
    );
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  });
}
