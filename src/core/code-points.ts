/**
 * A text read by Unicode code point. Evidence offsets count code points (not UTF-16 units), so
 * that `[...text].slice(start, end).join('') === quote` holds for astral characters too. Built
 * once per text in one pass; its index is small (one number per 1,024 code points), so that a
 * long text costs little more memory than the text itself, and every lookup walks at most 1,024
 * code points from the nearest checkpoint.
 */
export interface CodePointText {
  readonly text: string;
  /** How many code points the text has. */
  readonly length: number;
  /** The UTF-16 unit where every 1,024th code point starts. */
  readonly checkpoints: Uint32Array;
}

const STEP = 1024;

/** Whether a UTF-16 unit starts a code point of two units. */
const isHigh = (text: string, unit: number) => {
  const code = text.charCodeAt(unit);
  return code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length;
};

/** Indexes a text by code point. Linear in the text. */
export function codePointText(text: string): CodePointText {
  const checkpoints = new Uint32Array(Math.floor(text.length / STEP) + 1);
  let points = 0;
  for (let unit = 0; unit < text.length; points += 1) {
    if (points % STEP === 0) checkpoints[points / STEP] = unit;
    unit += isHigh(text, unit) ? 2 : 1;
  }
  return {
    text,
    length: points,
    checkpoints: checkpoints.subarray(0, Math.ceil(points / STEP) || 1),
  };
}

/** The UTF-16 unit where code point `offset` starts (the text's length past its end). */
function unitOf(indexed: CodePointText, offset: number): number {
  const { text, checkpoints } = indexed;
  if (offset >= indexed.length) return text.length;
  const checkpoint = Math.floor(offset / STEP);
  let unit = checkpoints[checkpoint] ?? 0;
  for (let point = checkpoint * STEP; point < offset; point += 1)
    unit += isHigh(text, unit) ? 2 : 1;
  return unit;
}

/** The code-point offset of a UTF-16 unit that starts a code point. */
function offsetOf(indexed: CodePointText, unit: number): number {
  const { text, checkpoints } = indexed;
  // The last checkpoint at or before the unit: a binary search.
  let low = 0;
  let high = checkpoints.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((checkpoints[middle] ?? 0) <= unit) low = middle;
    else high = middle - 1;
  }
  let offset = low * STEP;
  for (let at = checkpoints[low] ?? 0; at < unit; offset += 1) at += isHigh(text, at) ? 2 : 1;
  return offset;
}

/** The characters between code-point offsets `start` (inclusive) and `end` (exclusive). */
export function sliceCodePoints(indexed: CodePointText, start: number, end: number): string {
  if (!(end > start) || start >= indexed.length) return '';
  return indexed.text.slice(unitOf(indexed, start), unitOf(indexed, end));
}

/** The code-point offsets where `quote` occurs in the text, at most `limit` of them, in order. */
export function findQuote(indexed: CodePointText, quote: string, limit = 10): number[] {
  const starts: number[] = [];
  let unit = quote.length === 0 ? -1 : indexed.text.indexOf(quote);
  while (unit !== -1 && starts.length < limit) {
    starts.push(offsetOf(indexed, unit));
    unit = indexed.text.indexOf(quote, unit + 1);
  }
  return starts;
}
