/**
 * Unicode code-point helpers. Evidence offsets count code points (not UTF-16 units), so that
 * `[...text].slice(start, end).join('') === quote` holds for every character, astral ones included.
 */

/** Number of Unicode code points in `text`. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/** The substring of `text` between code-point offsets `start` (inclusive) and `end` (exclusive). */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** Every code-point offset at which `quote` occurs in `text`, in ascending order. */
export function codePointOccurrences(text: string, quote: string): number[] {
  const offsets: number[] = [];
  if (quote.length === 0) return offsets;
  let from = 0;
  for (;;) {
    const unitIndex = text.indexOf(quote, from);
    if (unitIndex === -1) return offsets;
    offsets.push(codePointLength(text.slice(0, unitIndex)));
    from = unitIndex + 1;
  }
}
