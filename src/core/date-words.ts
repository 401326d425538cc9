import { MONTHS } from './labels.js';
import { foldText } from './text.js';

/** A day a text states: its month and day, and its year when the text gives one. */
export interface DayStated {
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  /** The words that state it, as folded for reading ("january 15"). */
  readonly words: string;
}

/** The names of the months as the texts write them, long or short ("January", "Jan", "Sept"). */
const MONTH_WORDS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = `(${MONTH_WORDS})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

/** The forms a day is written in, each with where its day, month and year are. */
const FORMS: readonly { pattern: RegExp; day: number; month: number; year: number }[] = [
  // "January 15", "Jan. 15, 2025"
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`, 'g'), month: 1, day: 2, year: 3 },
  // "15 January 2025", "15th of January"
  {
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b${YEAR}`, 'g'),
    day: 1,
    month: 2,
    year: 3,
  },
  // day first with a slash or a dash: "15/01/2025", "16/7/2021", "15-1"
  {
    pattern: /\b(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?\b(?![/-]\d)/g,
    day: 1,
    month: 2,
    year: 3,
  },
  // Vietnamese, folded: "ngay 15 thang 1 nam 2025"
  { pattern: /\b(\d{1,2}) thang (\d{1,2})\b(?: nam (\d{4}))?/g, day: 1, month: 2, year: 3 },
];

/**
 * The days a text states, in English or Vietnamese: month names with a day ("January 15",
 * "15 January 2025"), day-first numbers ("15/01/2025", "16/7/2021", "15-1") and "ngày 15 tháng
 * 1". Pairs that are not a calendar day (month 13, 31 April) are skipped. Linear in the text.
 */
export function daysStated(text: string): DayStated[] {
  const folded = foldText(text);
  const found: DayStated[] = [];
  for (const form of FORMS) {
    for (const match of folded.matchAll(form.pattern)) {
      const monthWords = match[form.month] ?? '';
      const month = /^\d+$/.test(monthWords)
        ? Number(monthWords)
        : MONTHS.findIndex((name) => name.toLowerCase() === monthWords.slice(0, 3)) + 1;
      const day = Number(match[form.day]);
      const year = match[form.year] === undefined ? null : Number(match[form.year]);
      const probe = new Date(Date.UTC(year ?? 2000, month - 1, day));
      if (month < 1 || month > 12 || day < 1 || probe.getUTCDate() !== day) continue;
      found.push({ month, day, year, words: match[0] });
    }
  }
  return found;
}

/**
 * Whether a stated day can lie within a span of days (YYYY-MM-DD bounds, null for open): with a
 * year, that day; without, the day in some year of the span.
 */
export function dayWithin(
  stated: DayStated,
  earliest: string | null,
  latest: string | null,
): boolean {
  const day = (year: number) =>
    `${String(year).padStart(4, '0')}-${String(stated.month).padStart(2, '0')}-${String(stated.day).padStart(2, '0')}`;
  const inside = (candidate: string) =>
    (earliest === null || candidate >= earliest) && (latest === null || candidate <= latest);
  if (stated.year !== null) return inside(day(stated.year));
  if (earliest === null || latest === null) return true;
  for (let year = Number(earliest.slice(0, 4)); year <= Number(latest.slice(0, 4)); year += 1)
    if (inside(day(year))) return true;
  return false;
}

/** A year written alone ("In 2022", "năm 2022"): four digits from 1900 to 2099, not part of a longer number. */
const YEAR_ALONE = /(?<![\d.,/-])(19\d\d|20\d\d)(?![\d.,/-]\d)/g;

/** The years a text states, alone or in a day (`daysStated`), in order: linear in the text. */
export function yearsStated(text: string): number[] {
  return [...text.matchAll(YEAR_ALONE)].map((match) => Number(match[1]));
}

/**
 * Words that date something without a number, English or Vietnamese (folded): a month, a
 * quarter, a half, a year ("last year", "during the year", "10 years of", "năm qua"), now ("up to
 * now", "đến nay").
 */
const PART_OF_YEAR = new RegExp(
  `\\b(?:${MONTH_WORDS}|quarters?|half|months?|years?|now|today|thang|quy|nam|nay)\\b`,
);

/** Whether a text states a day, a year, or a month, quarter or half of a year: what a date's quote must state. */
export function statesDate(text: string): boolean {
  return (
    daysStated(text).length > 0 || yearsStated(text).length > 0 || PART_OF_YEAR.test(foldText(text))
  );
}
