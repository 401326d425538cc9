import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Ids } from '../core/collections.js';
import type { DatasetRecords } from '../dataset.js';
import { type Cell, type ColumnType, type Table, tableRows } from './tables.js';

/** The Parquet type of each column type: text as UTF-8, dates as DATE, whole numbers as INT32, other numbers as DOUBLE. */
const PARQUET_TYPES = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  date: { type: 'INT32', converted_type: 'DATE' },
  integer: { type: 'INT32' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
} as const satisfies Record<ColumnType, object>;

const DAY = 86_400_000;

/** A YYYY-MM-DD day as Parquet's DATE stores it: days since 1970-01-01, whatever the time zone. */
const daysSinceEpoch = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / DAY;
};

/**
 * A table as a Parquet file: one column per column of the table, typed (dates as DATE, whole
 * numbers as INT32, other numbers as DOUBLE, booleans as BOOLEAN, text as UTF-8 strings),
 * required where the column never holds null, compressed with Snappy.
 */
export function parquetFile(records: DatasetRecords<Ids>, table: Table): Uint8Array {
  const rows = tableRows(records, table);
  const value = (type: ColumnType, cell: Cell) =>
    cell !== null && type === 'date' ? daysSinceEpoch(cell as string) : cell;
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((column) => ({
      name: column.name,
      data: rows.map((row) => value(column.type, row[column.name] ?? null)),
    })),
    schema: [
      { name: 'root', num_children: table.columns.length },
      ...table.columns.map((column) => ({
        name: column.name,
        ...PARQUET_TYPES[column.type],
        repetition_type: column.required ? ('REQUIRED' as const) : ('OPTIONAL' as const),
      })),
    ],
    kvMetadata: [{ key: 'description', value: table.description }],
    createdBy: 'mnd-mps-coordination',
  });
  return new Uint8Array(buffer);
}
