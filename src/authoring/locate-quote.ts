import { codePointLength, codePointOccurrences, codePointSlice } from '../lib/code-points.js';

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u2013': '-',
  '\u2014': '-',
};
const loosen = (text: string) =>
  [...text].map((character) => TYPOGRAPHIC[character] ?? character).join('');

/** Where a quote is in a source text. */
export type QuoteLocation =
  /** The offsets given hold the quote exactly. */
  | { readonly kind: 'exact' }
  /** Found once (or at the `start` given): the exact characters and offsets to use. */
  | { readonly kind: 'found'; readonly quote: string; readonly start: number; readonly end: number }
  /** Found more than once and nothing says which: the starts of every occurrence. */
  | { readonly kind: 'ambiguous'; readonly starts: readonly number[] }
  | { readonly kind: 'missing' };

/**
 * Finds a quote in a source text. Offsets that hold the quote are `exact`; otherwise the quote is
 * searched for, also with straight apostrophes and plain spaces standing for curly ones and
 * non-breaking spaces (the result then gives the text's exact characters). A `start` that is one
 * of several occurrences chooses it.
 */
export function locateQuote(
  text: string,
  quote: string,
  start?: unknown,
  end?: unknown,
): QuoteLocation {
  if (
    typeof start === 'number' &&
    typeof end === 'number' &&
    codePointSlice(text, start, end) === quote
  )
    return { kind: 'exact' };
  let starts = codePointOccurrences(text, quote);
  if (starts.length === 0) starts = codePointOccurrences(loosen(text), loosen(quote));
  if (starts.length === 0) return { kind: 'missing' };
  const chosen = starts.length === 1 ? starts[0] : starts.find((offset) => offset === start);
  if (chosen === undefined) return { kind: 'ambiguous', starts };
  const length = codePointLength(quote);
  return {
    kind: 'found',
    quote: codePointSlice(text, chosen, chosen + length),
    start: chosen,
    end: chosen + length,
  };
}
