/**
 * A text read by Unicode code point. Evidence offsets count code points (not UTF-16 units), so
 * that `[...text].slice(start, end).join('') === quote` holds for astral characters too. Built
 * once per text in one pass, so that checking and finding quotes stays linear in the text.
 */
export interface CodePointText {
  readonly text: string;
  readonly points: readonly string[];
  /** The code-point offset of each UTF-16 unit (and of the end of the text). */
  readonly offsetOfUnit: Uint32Array;
}

/** Indexes a text by code point. */
export function codePointText(text: string): CodePointText {
  const points: string[] = [];
  const offsetOfUnit = new Uint32Array(text.length + 1);
  let unit = 0;
  for (const point of text) {
    offsetOfUnit[unit] = points.length;
    if (point.length === 2) offsetOfUnit[unit + 1] = points.length;
    unit += point.length;
    points.push(point);
  }
  offsetOfUnit[text.length] = points.length;
  return { text, points, offsetOfUnit };
}

/** The characters between code-point offsets `start` (inclusive) and `end` (exclusive). */
export function sliceCodePoints(indexed: CodePointText, start: number, end: number): string {
  return indexed.points.slice(start, end).join('');
}

/** The code-point offsets where `quote` occurs in the text, at most `limit` of them, in order. */
export function findQuote(indexed: CodePointText, quote: string, limit = 10): number[] {
  const starts: number[] = [];
  let unit = quote.length === 0 ? -1 : indexed.text.indexOf(quote);
  while (unit !== -1 && starts.length < limit) {
    starts.push(indexed.offsetOfUnit[unit] as number);
    unit = indexed.text.indexOf(quote, unit + 1);
  }
  return starts;
}
