/**
 * The word lists of the dataset, one per vocabulary: the schemas enforce them, the helpers check
 * their options against them, and the root entry exports them. Free of zod, so that the helpers
 * (whose entry loads no zod) read the very lists the schemas enforce.
 */

/**
 * The levels of a place, from the largest: a country, a province (or centrally-run city), a
 * district (or provincial city, town), a commune (or ward, township).
 *
 * @example
 * ```ts
 * import { PLACE_LEVELS } from 'mnd-mps-coordination';
 * PLACE_LEVELS.indexOf('commune') > PLACE_LEVELS.indexOf('province'); // true: a commune is smaller
 * ```
 * @category Vocabulary
 */
export const PLACE_LEVELS = ['country', 'province', 'district', 'commune'] as const;

/**
 * The geographic levels of a metric's scope and of a meeting: `national` (no place), or the level
 * of the place (a province, a district, a commune), from the largest.
 *
 * @example
 * ```ts
 * import { SCOPE_LEVELS } from 'mnd-mps-coordination';
 * SCOPE_LEVELS.includes('province'); // true
 * ```
 * @category Vocabulary
 */
export const SCOPE_LEVELS = ['national', 'province', 'district', 'commune'] as const;

/**
 * The areas of work an indicator can belong to; `attendance` counts the meetings themselves (their
 * sites, their delegates), not results of the coordination.
 *
 * @example
 * ```ts
 * import { INDICATOR_CATEGORIES } from 'mnd-mps-coordination';
 * INDICATOR_CATEGORIES.includes('cyberspace'); // true
 * ```
 * @category Vocabulary
 */
export const INDICATOR_CATEGORIES = [
  'national-security',
  'crime',
  'cyberspace',
  'information-exchange',
  'protection',
  'border-and-sea',
  'attendance',
  'other',
] as const;

/**
 * What a meeting was: a review of a year, six months, a quarter or several years; a joint
 * inspection visit of the two sides to a province or unit; a conference on a draft decree; or
 * something else.
 *
 * @example
 * ```ts
 * import { MEETING_KINDS } from 'mnd-mps-coordination';
 * MEETING_KINDS.includes('annual-review'); // true
 * ```
 * @category Vocabulary
 */
export const MEETING_KINDS = [
  'annual-review',
  'semiannual-review',
  'quarterly-review',
  'multi-year-review',
  'joint-inspection',
  'draft-decree-conference',
  'other',
] as const;

/**
 * How finely a date is known, from finest to coarsest.
 *
 * @example
 * ```ts
 * import { DATE_PRECISIONS } from 'mnd-mps-coordination';
 * DATE_PRECISIONS.indexOf('quarter') < DATE_PRECISIONS.indexOf('year'); // true
 * ```
 * @category Vocabulary
 */
export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'half', 'year'] as const;

/**
 * How finely a date is known: `day`, `month`, `quarter`, `half` or `year`.
 *
 * @example
 * ```ts
 * import type { DatePrecision } from 'mnd-mps-coordination';
 * const precision: DatePrecision = 'year';
 * ```
 * @category Vocabulary
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * The qualifiers a reported number can carry (see `QUALIFIER_RULES` for what each implies).
 *
 * @example
 * ```ts
 * import { QUALIFIERS } from 'mnd-mps-coordination';
 * QUALIFIERS.includes('more-than'); // true
 * ```
 * @category Vocabulary
 */
export const QUALIFIERS = [
  'exact',
  'more-than',
  'over',
  'at-least',
  'nearly',
  'about',
  'up-to',
  'magnitude',
  'between',
] as const;

/**
 * How a reported number relates to the true count.
 *
 * @example
 * ```ts
 * import type { Qualifier } from 'mnd-mps-coordination';
 * const vague = (q: Qualifier) => q === 'magnitude' || q === 'about';
 * ```
 * @category Vocabulary
 */
export type Qualifier = (typeof QUALIFIERS)[number];
