import type { Dataset } from '../dataset/dataset.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { CollectionName } from '../schemas/conflict.js';
import { LOOKUP_COLLECTIONS } from './internal/record-argument.js';
import { lookupArguments, resolveIn } from './internal/record-index.js';

/**
 * The live id an id resolves to in a collection: the id itself when it names a record, its
 * successor when it was retired with a redirect (following chains), or `undefined` when it is
 * unknown.
 *
 * @example
 * ```ts
 * import { resolveId } from 'mnd-mps-coordination';
 * resolveId('meetings', 'annual-review-2022'); // 'annual-review-2022'
 * resolveId('meetings', 'no-such-meeting'); // undefined
 * ```
 * @category Lookups
 */
export function resolveId(
  collection: Exclude<CollectionName, 'redirects'>,
  id: string,
  dataset?: Dataset,
): string | undefined {
  if (!(LOOKUP_COLLECTIONS as readonly string[]).includes(collection))
    throw new InvalidArgumentError(
      'collection',
      `expected one of ${LOOKUP_COLLECTIONS.join(', ')}, got ${JSON.stringify(collection)}`,
    );
  return resolveIn(lookupArguments(id, dataset), collection, id);
}
