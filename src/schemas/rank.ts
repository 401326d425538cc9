import * as z from 'zod';

/**
 * The officer ranks of the Vietnam People's Army and People's Public Security, by the
 * romanised Vietnamese name, with the English renderings the press uses for each.
 * One rendering can stand for two ranks ("Colonel"), which is why claims keep both the code and
 * the words as written.
 *
 * @example
 * ```ts
 * import { RANKS } from 'mnd-mps-coordination/schemas';
 * RANKS['thuong-tuong'].renderings; // ['Colonel General', 'Senior Lieutenant General']
 * ```
 * @category Schemas
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
 * A rank code: the romanised Vietnamese rank behind an English rendering.
 *
 * @example
 * ```ts
 * import { RankCodeSchema } from 'mnd-mps-coordination/schemas';
 * RankCodeSchema.parse('thuong-tuong'); // "Senior Lieutenant General" or "Colonel General"
 * ```
 * @category Schemas
 */
export const RankCodeSchema = /* @__PURE__ */ z
  .enum(Object.keys(RANKS) as [keyof typeof RANKS, ...(keyof typeof RANKS)[]])
  .describe(
    'Rank code (romanised Vietnamese): dai-tuong, thuong-tuong, trung-tuong, thieu-tuong, dai-ta, thuong-ta, trung-ta, thieu-ta.',
  );

/**
 * A rank code; see {@link RankCodeSchema}.
 *
 * @example
 * ```ts
 * import type { RankCode } from 'mnd-mps-coordination/schemas';
 * const isGeneralOfficer = (r: RankCode) => r.endsWith('-tuong');
 * ```
 * @category Schemas
 */
export type RankCode = z.infer<typeof RankCodeSchema>;

/**
 * The rank codes an English rendering can stand for (empty when the rendering is not in {@link RANKS}).
 *
 * @example
 * ```ts
 * import { ranksRenderedAs } from 'mnd-mps-coordination/schemas';
 * ranksRenderedAs('Colonel'); // ['dai-ta', 'thuong-ta']
 * ranksRenderedAs('Senior General'); // ['dai-tuong']
 * ```
 * @category Schemas
 */
export function ranksRenderedAs(rendering: string): RankCode[] {
  return (Object.keys(RANKS) as RankCode[]).filter((code) =>
    (RANKS[code].renderings as readonly string[]).includes(rendering),
  );
}
