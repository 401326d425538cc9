import {
  type CodePointText,
  codePointText,
  findQuote,
  sliceCodePoints,
} from '../core/code-points.js';

/** The text with curly quotes, non-breaking spaces and dashes written plainly: each character stays one character, so offsets carry over. */
const loosen = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u2013\u2014]/g, '-');

/** Where a quote is in a source text. */
export type QuoteLocation =
  /** The offsets given hold the quote exactly. */
  | { readonly kind: 'exact' }
  /** Found once (or at the `start` given): the exact characters and offsets to use. */
  | { readonly kind: 'found'; readonly quote: string; readonly start: number; readonly end: number }
  /** Found more than once and nothing says which: the starts of the occurrences. */
  | { readonly kind: 'ambiguous'; readonly starts: readonly number[] }
  | { readonly kind: 'missing' };

/**
 * Finds a quote in a source text. Offsets that hold the quote are `exact`; otherwise the quote is
 * searched for, also with straight apostrophes and plain spaces standing for curly ones and
 * non-breaking spaces (the result then gives the text's exact characters). A `start` that is one
 * of several occurrences chooses it.
 */
export function locateQuote(
  text: string | CodePointText,
  quote: string,
  start?: unknown,
  end?: unknown,
): QuoteLocation {
  const indexed = typeof text === 'string' ? codePointText(text) : text;
  const placed = typeof start === 'number' && typeof end === 'number';
  if (placed && sliceCodePoints(indexed, start, end) === quote) return { kind: 'exact' };
  let starts = findQuote(indexed, quote);
  if (starts.length === 0) starts = findQuote(codePointText(loosen(indexed.text)), loosen(quote));
  if (starts.length === 0) return { kind: 'missing' };
  const chosen = starts.length === 1 ? starts[0] : starts.find((offset) => offset === start);
  if (chosen === undefined) return { kind: 'ambiguous', starts };
  const span = { start: chosen, end: chosen + [...quote].length };
  return { kind: 'found', quote: sliceCodePoints(indexed, span.start, span.end), ...span };
}
