const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters as a reader sees them: "ộ" written as o + two combining marks is one. */
const visible = (text: string) => [...graphemes.segment(text)].map((part) => part.segment);

/** Renders rows as a plain-text table with a header and columns padded to their widest cell; cells longer than `maxCell` characters are cut with an ellipsis. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  maxCell = Number.POSITIVE_INFINITY,
): string {
  if (rows.length === 0) return '(none)';
  const cells = [headers, ...rows].map((row) =>
    row.map((value) => {
      const characters = visible(value.replace(/\s+/g, ' '));
      return characters.length > maxCell ? [...characters.slice(0, maxCell - 1), '…'] : characters;
    }),
  );
  const widths = headers.map((_, index) =>
    Math.max(...cells.map((row) => row[index]?.length ?? 0)),
  );
  const line = (row: readonly string[][]) =>
    row
      .map(
        (characters, index) =>
          characters.join('') +
          (index === row.length - 1 ? '' : ' '.repeat((widths[index] ?? 0) - characters.length)),
      )
      .join('  ')
      .trimEnd();
  const [header = [], ...body] = cells;
  return [line(header), line(widths.map((width) => ['-'.repeat(width)])), ...body.map(line)].join(
    '\n',
  );
}

/** The widest a cell may be in the terminal, where long cells would wrap; output that is piped or redirected is never cut. */
export const terminalCellWidth = (): number =>
  process.stdout.isTTY ? 72 : Number.POSITIVE_INFINITY;
