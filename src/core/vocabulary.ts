/**
 * Word lists that the schemas and the helpers share. They live here, free of zod, so that the
 * helpers (whose entry loads no zod) check their options against the very lists the schemas
 * enforce: one list each, nothing to keep in step.
 */

/**
 * The geographic levels of a metric's scope and of a meeting: `national` (no place), or the level
 * of the place (a province, a district, a commune).
 *
 * @example
 * ```ts
 * import { SCOPE_LEVELS } from 'mnd-mps-coordination/schemas';
 * SCOPE_LEVELS.includes('province'); // true
 * ```
 * @category Schemas
 */
export const SCOPE_LEVELS = ['national', 'province', 'district', 'commune'] as const;

/** The areas of work an indicator can belong to. */
export const INDICATOR_CATEGORIES = [
  'national-security',
  'crime',
  'cyberspace',
  'information-exchange',
  'protection',
  'border-and-sea',
  'other',
] as const;

/**
 * What a meeting was: a review of a year, six months, a quarter or several years; a joint
 * inspection visit of the two sides to a province or unit; a conference on a draft decree; or
 * something else.
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
