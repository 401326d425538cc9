import type { Qualifier } from './vocabulary.js';
import { foldText } from './text.js';

/**
 * What the words of a quantity say, as far as they can be read: the qualifiers they allow, the
 * numbers written (two for a pair such as "27 cases/197 vessels", none for an order of
 * magnitude), and, for an order of magnitude, its bounds.
 */
export interface QuantityReading {
  readonly qualifiers: readonly Qualifier[];
  readonly values: readonly number[];
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Words before a number and the qualifier they give, English and Vietnamese (folded: no diacritics). */
const QUALIFIER_WORDS: readonly (readonly [RegExp, Qualifier])[] = [
  [/^(more than|hon)\b/, 'more-than'],
  [/^(over|above|tren)\b/, 'over'],
  [/^(at least|it nhat)\b/, 'at-least'],
  [/^(nearly|almost|gan)\b/, 'nearly'],
  [/^(about|around|approximately|some|khoang|chung|xap xi)\b/, 'about'],
  [/^(up to|len toi|len den)\b/, 'up-to'],
];

/** Scale words after a number ("1.5 million", "1,5 trieu"). */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  nghin: 1e3,
  ngan: 1e3,
  million: 1e6,
  trieu: 1e6,
  billion: 1e9,
  ty: 1e9,
};

/** Orders of magnitude without a number: "hundreds of", "tens of thousands of", "hang tram". */
const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  tens: 10,
  chuc: 10,
  hundreds: 100,
  tram: 100,
  thousands: 1e3,
  nghin: 1e3,
  ngan: 1e3,
  van: 1e4,
  millions: 1e6,
  trieu: 1e6,
};
const MAGNITUDE =
  /^(?:(tens|hundreds) of )?(tens|hundreds|thousands|millions) of\b|^hang (chuc|tram|nghin|ngan|van|trieu)(?: (nghin|ngan|trieu))?\b/;

/**
 * A number as written: digits with a thousands separator ("14,000", "14.000": a separator followed
 * by exactly three digits groups thousands, English and Vietnamese alike), an optional decimal
 * part with the other mark ("1.5", "1,5"), and an optional scale word.
 */
const NUMBER =
  /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*(?![\d])|\d+)(?:[.,](\d+))?(?:\s+(thousand|million|billion|nghin|ngan|trieu|ty)\b)?/;

function readNumber(words: string): { value: number; rest: string } | null {
  const match = NUMBER.exec(words);
  if (!match) return null;
  const [all, whole = '', , decimals, scale] = match;
  // Digits times scale, then the decimal shift: 1,1 trieu is 11 * 1e6 / 10, exactly 1100000.
  const digits = Number(`${whole.replace(/[.,]/g, '')}${decimals ?? ''}`);
  const value = (digits * (scale ? (SCALES[scale] ?? 1) : 1)) / 10 ** (decimals?.length ?? 0);
  return { value, rest: words.slice(all.length).trim() };
}

/**
 * Reads the words of a quantity (`asReported`), English or Vietnamese: "779", "more than
 * 14,000", "over 1,500", "nearly 10,000", "up to 300", "about 50", "hơn 14.000", "gần 1,5 triệu",
 * "hundreds of" (100 to 999), "tens of thousands of", "hàng trăm", "a dozen" (12, exact or
 * about), and a leading pair "27 cases/197 vessels" (either number). Words after the number are
 * allowed. Returns null when the words do not start with a form it knows. Linear in the words.
 */
export function readQuantityWords(asReported: string): QuantityReading | null {
  let words = foldText(asReported).replace(/\s+/g, ' ').trim();
  if (/^(a|one) dozen\b/.test(words))
    return { qualifiers: ['exact', 'about'], values: [12], lower: null, upper: null };
  const magnitude = MAGNITUDE.exec(words);
  if (magnitude) {
    const size = magnitude
      .slice(1)
      .reduce((product, word) => product * (word ? (MAGNITUDE_WORDS[word] ?? 1) : 1), 1);
    return { qualifiers: ['magnitude'], values: [], lower: size, upper: size * 10 - 1 };
  }
  let qualifier: Qualifier = 'exact';
  for (const [pattern, named] of QUALIFIER_WORDS) {
    const match = pattern.exec(words);
    if (match) {
      qualifier = named;
      words = words.slice(match[0].length).trim();
      break;
    }
  }
  const first = readNumber(words);
  if (!first) return null;
  const pair = /^[^\d/]*\/\s*/.exec(first.rest);
  const second = pair ? readNumber(first.rest.slice(pair[0].length)) : null;
  return {
    qualifiers: [qualifier],
    values: second ? [first.value, second.value] : [first.value],
    lower: null,
    upper: null,
  };
}
