import type * as z from 'zod';
import type { CollectionName, Ids, WithIds } from '../core/collections.js';
import type { COLLECTIONS } from '../schemas/collections.js';

/**
 * What `createDataset` accepts: a list of records for any of the collections. Records are in
 * the shape the schemas read: the authored fields, with defaults omittable; derived fields (date
 * bounds, number parts, claims' `asOf`, back-references) may be left out. Bundled records fit as
 * they are.
 *
 * @example
 * ```ts
 * import { indicators } from 'mnd-mps-coordination';
 * import type { DatasetInput } from 'mnd-mps-coordination/schemas';
 * const input: DatasetInput = { indicators: [...indicators, { id: 'arrests', label: 'Arrests', unit: 'persons', description: 'People arrested.', category: 'crime' }] };
 * ```
 * @category Schemas
 */
export type DatasetInput = {
  readonly [C in CollectionName]?: readonly WithIds<
    z.input<(typeof COLLECTIONS)[C]['schema']>,
    Ids
  >[];
};
