/** The widest a table cell may be before it is cut short with an ellipsis. */
const MAX_CELL = 72;

function cell(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** Renders rows as a plain-text table with a header and columns padded to their widest cell. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) => row.map(cell));
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((row) => (row[index] ?? '').length)));
  const line = (values: readonly string[]) => values.map((value, index) => (index === values.length - 1 ? value : value.padEnd(widths[index] ?? 0))).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
