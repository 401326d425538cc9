/**
 * The general and senior officer ranks of the Vietnam People's Army and People's Public
 * Security, by their romanised Vietnamese name, with the Vietnamese words and the English
 * renderings the press uses for each. One English rendering can stand for two ranks ("Colonel"),
 * which is why rank claims keep both the code and the words as written; the Vietnamese words
 * name one rank each.
 *
 * @example
 * ```ts
 * import { RANKS } from 'mnd-mps-coordination';
 * RANKS['thuong-tuong'].renderings; // ['Colonel General', 'Senior Lieutenant General']
 * ```
 * @category Records
 */
export const RANKS = {
  'dai-tuong': { vietnamese: 'Đại tướng', renderings: ['General', 'Senior General'] },
  'thuong-tuong': {
    vietnamese: 'Thượng tướng',
    renderings: ['Colonel General', 'Senior Lieutenant General'],
  },
  'trung-tuong': { vietnamese: 'Trung tướng', renderings: ['Lieutenant General'] },
  'thieu-tuong': { vietnamese: 'Thiếu tướng', renderings: ['Major General'] },
  'dai-ta': { vietnamese: 'Đại tá', renderings: ['Senior Colonel', 'Colonel'] },
  'thuong-ta': { vietnamese: 'Thượng tá', renderings: ['Colonel', 'Senior Lieutenant Colonel'] },
  'trung-ta': { vietnamese: 'Trung tá', renderings: ['Lieutenant Colonel'] },
  'thieu-ta': { vietnamese: 'Thiếu tá', renderings: ['Major'] },
} as const satisfies Record<string, { vietnamese: string; renderings: readonly string[] }>;

/**
 * A rank code: the romanised Vietnamese rank behind the words a source uses.
 *
 * @example
 * ```ts
 * import type { RankCode } from 'mnd-mps-coordination';
 * const isGeneralOfficer = (rank: RankCode) => rank.endsWith('-tuong');
 * ```
 * @category Records
 */
export type RankCode = keyof typeof RANKS;

/** The rank codes, most senior first. */
export const RANK_CODES = Object.keys(RANKS) as [RankCode, ...RankCode[]];

/**
 * The rank codes that the words of a source can stand for: one for the Vietnamese words
 * ("Thượng tướng", case and spacing aside), one or two for an English rendering ("Colonel" is
 * Đại tá or Thượng tá), none for words the table does not know.
 *
 * @example
 * ```ts
 * import { ranksRenderedAs } from 'mnd-mps-coordination';
 * ranksRenderedAs('Colonel'); // ['dai-ta', 'thuong-ta']
 * ranksRenderedAs('Thượng tướng'); // ['thuong-tuong']
 * ```
 * @category Records
 */
export function ranksRenderedAs(words: string): RankCode[] {
  const normal = words.normalize('NFC').trim().replace(/\s+/g, ' ');
  const vietnamese = RANK_CODES.filter(
    (code) => RANKS[code].vietnamese.toLowerCase() === normal.toLowerCase(),
  );
  if (vietnamese.length > 0) return vietnamese;
  return RANK_CODES.filter((code) =>
    (RANKS[code].renderings as readonly string[]).includes(normal),
  );
}
