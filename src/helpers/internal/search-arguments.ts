import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import { datasetArgument } from './dataset-argument.js';
import { optionsArgument } from './options-argument.js';

/**
 * Options of the search helpers.
 *
 * @example
 * ```ts
 * import { searchOrganizations, type SearchOptions } from 'mnd-mps-coordination';
 * const options: SearchOptions = { limit: 3 };
 * searchOrganizations('border guard', options);
 * ```
 * @category Lookups
 */
export interface SearchOptions {
  /** At most this many results (all by default). */
  readonly limit?: number;
  /** Search these records instead of the bundled ones. */
  readonly dataset?: Dataset;
}

/** Checks a search's arguments and returns the dataset and limit to use. */
export function searchArguments(
  query: unknown,
  options: SearchOptions | undefined,
): { dataset: Dataset; limit: number } {
  if (typeof query !== 'string')
    throw new InvalidArgumentError(
      'query',
      `expected a string, got ${query === null ? 'null' : typeof query}`,
    );
  const given = optionsArgument(options);
  const limit = given.limit ?? Number.POSITIVE_INFINITY;
  if (typeof limit !== 'number' || Number.isNaN(limit) || limit < 0)
    throw new InvalidArgumentError(
      'limit',
      `expected a number of results of 0 or more, got ${typeof limit === 'number' ? String(limit) : typeof limit}`,
    );
  return { dataset: datasetArgument(given.dataset), limit };
}
