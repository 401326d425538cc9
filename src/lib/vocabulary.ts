/**
 * The fixed word lists of the data model, as plain constants. The schemas build their enums from
 * them and the helpers validate arguments against them, so that a helper never reads a list off
 * a zod schema: that read would keep every schema (and zod) in a bundle that uses one helper.
 */

/** The collections, in the order they are loaded and listed. */
export const COLLECTION_NAMES = [
  'sources',
  'organizations',
  'people',
  'documents',
  'meetings',
  'metrics',
  'indicators',
  'conflicts',
  'redirects',
] as const;

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

/** The geographic levels a metric's scope can have. */
export const SCOPE_LEVELS = ['national', 'province', 'district', 'commune'] as const;
