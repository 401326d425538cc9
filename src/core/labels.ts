/**
 * How records read to people, one way wherever they are shown (the CLI, the summary, the
 * catalogue): dates as people write them, quantities as reported with their English reading,
 * ranks in date order with their spellings under each.
 */
import { QUALIFIER_RULES, QUALIFIER_WORDS } from './quantity.js';
import { RANKS, type RankCode } from './ranks.js';
import { compareStrings } from './text.js';
import type { Qualifier } from './vocabulary.js';

/** The months as people write them short. */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A date or period for people: "15 Jan 2025", "Oct 2020", "Q3 2018", "H2 2018", "2022", an
 * uncertain or approximate one with its mark ("2014?"), an interval "Jul 2010 to Jan 2016" or "up
 * to 15 Jan 2025".
 */
export function dateLabel(edtf: string): string {
  if (edtf.includes('/')) {
    const [start = '..', end = '..'] = edtf.split('/');
    if (start === '..') return `up to ${dateLabel(end)}`;
    if (end === '..') return `from ${dateLabel(start)}`;
    return `${dateLabel(start)} to ${dateLabel(end)}`;
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/.exec(edtf);
  if (!match) return edtf;
  const [, year, month, day, mark = ''] = match;
  const code = Number(month);
  if (month === undefined) return `${year}${mark}`;
  if (code >= 33 && code <= 36) return `Q${code - 32} ${year}${mark}`;
  if (code >= 40 && code <= 41) return `H${code - 39} ${year}${mark}`;
  const name = MONTHS[code - 1] ?? month;
  return `${day === undefined ? '' : `${Number(day)} `}${name} ${year}${mark}`;
}

/**
 * A number with its thousands grouped ("8,432", "126.4"), by hand: toLocaleString makes a number
 * formatter at each call, which an aggregation of thousands of groups cannot afford.
 */
export function formatNumber(number: number): string {
  const [whole = '', fraction] = String(number).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** A reported quantity in English words: "1,584 teams", "more than 13,000 links", "100 to 999 patrols". */
export function quantityReading(
  quantity: {
    readonly value: number | null;
    readonly qualifier: Qualifier;
    readonly lower: number | null;
    readonly upper: number | null;
  },
  unit: string,
): string {
  const { value, qualifier, lower, upper } = quantity;
  if (QUALIFIER_RULES[qualifier].value === 'null')
    return `${formatNumber(lower ?? 0)} to ${formatNumber(upper ?? 0)} ${unit}`;
  const words = QUALIFIER_WORDS[qualifier]?.[0];
  return `${words === undefined ? '' : `${words} `}${formatNumber(value ?? 0)} ${unit}`;
}

/**
 * A quantity as reported, and apart, in brackets, its English reading: "1.584 tổ (1,584 teams)",
 * "hơn 14.000 (more than 14,000 links)"; the reading alone when the words are the reading.
 */
export function quantityLabel(
  quantity: Parameters<typeof quantityReading>[0] & { readonly asReported: string },
  unit: string,
): string {
  const reading = quantityReading(quantity, unit);
  return reading.toLowerCase().startsWith(quantity.asReported.toLowerCase())
    ? reading
    : `${quantity.asReported} (${reading})`;
}

/** One rank of an official, with every spelling the reports give it and the dates of each. */
export interface RankEntry {
  /** The rank code, or null for words that do not settle one. */
  readonly rank: RankCode | null;
  /** The rank as people read it: its Vietnamese name ("Thượng tướng"), or the words themselves. */
  readonly label: string;
  /** Each spelling as reported, with the dates of the claims that use it, earliest first. */
  readonly spellings: readonly { readonly asReported: string; readonly dates: readonly string[] }[];
}

/**
 * An official's ranks in date order (by the first claim of each), one entry per rank code, with
 * its spellings under it; words that settle no code ("Colonel", "General") are entries of their
 * own, one per spelling. Dates are those of {@link dateLabel}.
 */
export function rankEntries(
  claims: readonly {
    readonly rank: RankCode | null;
    readonly asReported: string;
    readonly asOf: { readonly edtf: string; readonly earliest: string };
  }[],
): RankEntry[] {
  const entries = new Map<string, { rank: RankCode | null; spellings: Map<string, string[]> }>();
  const ordered = [...claims].sort((a, b) => compareStrings(a.asOf.earliest, b.asOf.earliest));
  for (const claim of ordered) {
    const key = claim.rank ?? `words:${claim.asReported}`;
    const entry = entries.get(key) ?? { rank: claim.rank, spellings: new Map<string, string[]>() };
    entries.set(key, entry);
    const dates = entry.spellings.get(claim.asReported) ?? [];
    entry.spellings.set(claim.asReported, [...dates, dateLabel(claim.asOf.edtf)]);
  }
  return [...entries.values()].map(({ rank, spellings }) => ({
    rank,
    label: rank === null ? ([...spellings.keys()][0] ?? '') : RANKS[rank].vietnamese,
    spellings: [...spellings].map(([asReported, dates]) => ({ asReported, dates })),
  }));
}
