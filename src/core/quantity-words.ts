import { QUALIFIER_WORDS } from './quantity.js';
import type { Qualifier } from './vocabulary.js';
import { foldText } from './text.js';

/**
 * What the words of a quantity say: the qualifiers they allow, the numbers written (two for a
 * pair such as "27 cases/197 vessels", none for an order of magnitude or a range), and, for an
 * order of magnitude or a range, its bounds.
 */
export interface QuantityReading {
  readonly qualifiers: readonly Qualifier[];
  readonly values: readonly number[];
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Each phrase of a table of qualifier words, with the qualifier it gives. */
const phrases = (words: Readonly<Partial<Record<Qualifier, readonly string[]>>>) =>
  Object.entries(words).flatMap(([qualifier, list]) =>
    list.map((phrase) => [phrase, qualifier as Qualifier] as const),
  );

/** Words before a number: {@link QUALIFIER_WORDS}. */
const BEFORE_WORDS = phrases(QUALIFIER_WORDS);

/** Words after a number that make it a bound: "100 or more", "100 trở lên". */
const AFTER_WORDS = phrases({
  'at-least': ['+', 'or more', 'and more', 'or above', 'tro len'],
  'up-to': ['or less', 'or fewer', 'tro xuong'],
});

/** Scale words after a number, English and Vietnamese (folded): "3 hundred", "5 vạn", "1,5 triệu". */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['chuc', 10],
  ['tram', 100],
  ['nghin', 1e3],
  ['ngan', 1e3],
  ['van', 1e4],
  ['trieu', 1e6],
  ['ty', 1e9],
  ['ti', 1e9],
]);

/**
 * Orders of magnitude without a number: "hundreds of", "tens of thousands of", "hàng trăm"; each
 * word is the size of its scale word ("hundreds" that of "hundred"; "tens", which is none, 10).
 */
const magnitudeOf = (word: string) =>
  word === 'tens' ? 10 : (SCALES.get(word.replace(/s$/, '')) ?? 1);
const MAGNITUDE =
  /^(?:(tens|hundreds) of )?(tens|hundreds|thousands|millions) of\b|^hang (chuc|tram|nghin|ngan|van|trieu)(?: (nghin|ngan|trieu))?\b/;

/** Words that join the two ends of a range: "100-200", "100 to 200", "100 đến 200". */
const RANGE = /^(?:-|–|to|den|toi)\s*/;

const isDigit = (character: string | undefined) =>
  character !== undefined && character >= '0' && character <= '9';

/**
 * How a language writes numbers: Vietnamese groups thousands with "." and writes decimals with
 * ","; English the other way round. Where the language is not known, a mark followed by exactly
 * three digits groups thousands and the other is a decimal point, as in both.
 */
function marks(
  language: string | undefined,
  mark: string,
  digitsAfter: number,
): 'group' | 'decimal' {
  if (language === 'vi') return mark === ',' ? 'decimal' : digitsAfter === 3 ? 'group' : 'decimal';
  if (language === 'en') return mark === '.' ? 'decimal' : digitsAfter === 3 ? 'group' : 'decimal';
  return digitsAfter === 3 ? 'group' : 'decimal';
}

/**
 * The digits at the start of the words, with their thousands marks and decimals ("14.000",
 * "1,5", "2,331", "358.68"), as a number; null when the words do not start with a digit, or why
 * they cannot be read.
 */
function digitsAt(
  words: string,
  language: string | undefined,
): { value: number; end: number } | string | null {
  let at = 0;
  while (isDigit(words[at])) at += 1;
  if (at === 0) return null;
  let integer = words.slice(0, at);
  let decimals = '';
  while (words[at] === '.' || words[at] === ',') {
    let run = 0;
    while (isDigit(words[at + 1 + run])) run += 1;
    if (run === 0) break;
    const digits = words.slice(at + 1, at + 1 + run);
    if (decimals === '' && run === 3 && marks(language, words[at] as string, run) === 'group')
      integer += digits;
    else if (decimals === '') decimals = digits;
    else return 'it has two decimal marks';
    at += 1 + run;
  }
  if (words[at] === 'e' && isDigit(words[at + 1]))
    return 'numbers are written in digits, not with an exponent';
  return { value: Number(`${integer}.${decimals || '0'}`), end: at };
}

/**
 * Reads one number at the start of the words: digits, then scale words ("3 trăm", "5 vạn",
 * "2 dozen"), then more groups of smaller scale ("1 triệu 200 nghìn" is 1,200,000). Returns the
 * number and the words after it, null when the words do not start with a number, or why they
 * cannot be read: a form this reader does not understand is refused, never read in part.
 * Linear in the words.
 */
function readNumber(
  words: string,
  language: string | undefined,
): { value: number; rest: string } | string | null {
  let rest = words;
  let total = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  for (let group = 0; isDigit(rest[0]); group += 1) {
    const digits = digitsAt(rest, language);
    if (typeof digits === 'string' || digits === null) return digits;
    rest = rest.slice(digits.end).trimStart();
    let scale = 1;
    for (let word = /^[a-z]+/.exec(rest)?.[0]; word !== undefined && SCALES.has(word);) {
      scale *= SCALES.get(word) as number;
      rest = rest.slice(word.length).trimStart();
      word = /^[a-z]+/.exec(rest)?.[0];
    }
    if (group > 0 && scale >= lastScale) return 'its groups do not make one number';
    // Rounded to the millionth: 1,1 triệu is 1,100,000, not 1,100,000.0000000002.
    total += Math.round(digits.value * scale * 1e6) / 1e6;
    lastScale = scale;
    // Another group follows only a scale word ("1 triệu 200 nghìn"), and must have its own.
    if (scale === 1) break;
    if (isDigit(rest[0]) && !/^\d+(?:[.,]\d+)*\s*[a-z]+/.test(rest))
      return 'a number after a scale word ("1 triệu 200") needs its own scale word';
  }
  if (lastScale === Number.POSITIVE_INFINITY) return null;
  return { value: total, rest: rest.trim() };
}

/**
 * Reads the words of a quantity (`asReported`), English or Vietnamese, whole: "779", "more than
 * 14,000", "over 1,500", "nearly 10,000", "up to 300", "about 50", "hơn 14.000", "gần 1,5
 * triệu", "3 hundred", "5 vạn", "1 triệu 200 nghìn", "100 or more", "100+", a range "100-200",
 * "hundreds of" (100 to 999), "tens of thousands of", "hàng trăm", "a dozen", and a leading pair
 * "27 cases/197 vessels" (either number). The counted words may follow. `language` (`en`, `vi`)
 * says how its digits are marked. Returns the reading, or why the words cannot be read: a form
 * the reader does not understand is refused, never read in part. Linear in the words.
 */
export function readQuantityWords(asReported: string, language?: string): QuantityReading | string {
  let words = foldText(asReported).replace(/\s+/g, ' ').trim();
  const refuse = (why: string) =>
    `cannot read ${JSON.stringify(asReported)} as a quantity (${why})`;
  if (/^(a|one) dozen\b/.test(words))
    return { qualifiers: ['exact', 'about'], values: [12], lower: null, upper: null };
  const magnitude = MAGNITUDE.exec(words);
  if (magnitude) {
    const size = magnitude
      .slice(1)
      .reduce((product, word) => product * (word ? magnitudeOf(word) : 1), 1);
    return { qualifiers: ['magnitude'], values: [], lower: size, upper: size * 10 - 1 };
  }
  let qualifier: Qualifier = 'exact';
  const before = BEFORE_WORDS.find(
    ([phrase]) => words.startsWith(phrase) && !/[a-z]/.test(words[phrase.length] ?? ''),
  );
  if (before) {
    qualifier = before[1];
    words = words.slice(before[0].length).trim();
  }
  // "từ 100 đến 200": "from" opens a range, which must follow.
  const from = words.startsWith('tu ') && qualifier === 'exact' && isDigit(words[3]);
  if (from) words = words.slice(3);
  const first = readNumber(words, language);
  if (first === null) return refuse('a number, "more than 100", "hundreds of", ...');
  if (typeof first === 'string') return refuse(first);
  let rest = first.rest;
  const range = RANGE.exec(rest);
  if (range && isDigit(rest[range[0].length])) {
    const second = readNumber(rest.slice(range[0].length), language);
    if (typeof second !== 'object' || second === null)
      return refuse(second ?? 'a range needs two numbers');
    if (qualifier !== 'exact') return refuse('a range with a qualifier before it');
    return { qualifiers: ['between'], values: [], lower: first.value, upper: second.value };
  }
  if (from) return refuse('"từ" (from) opens a range: "từ 100 đến 200"');
  const after = AFTER_WORDS.find(([phrase]) => rest.startsWith(phrase));
  if (after) {
    if (qualifier !== 'exact')
      return refuse(`"${after[0]}" after a number that is already qualified`);
    qualifier = after[1];
    rest = rest.slice(after[0].length).trim();
  }
  if (isDigit(rest[0])) return refuse('it does not make one number');
  const pair = /^[^\d/]*\/\s*/.exec(rest);
  const second = pair ? readNumber(rest.slice(pair[0].length), language) : null;
  if (typeof second === 'string') return refuse(second);
  return {
    qualifiers: [qualifier],
    values: second ? [first.value, second.value] : [first.value],
    lower: null,
    upper: null,
  };
}
