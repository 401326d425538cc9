import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { PersonRecord } from '../generated/people.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The person with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getPerson` throws instead.
 *
 * @example
 * ```ts
 * import { findPerson } from 'mnd-mps-coordination';
 * const person = findPerson('nguyen-tan-cuong');
 * if (person) console.log(person.name);
 * ```
 * @category Lookups
 */
export function findPerson(id: string): PersonRecord | undefined;
export function findPerson(id: string, dataset: Dataset): RecordOf<'people'> | undefined;
export function findPerson(id: string, dataset?: Dataset): RecordOf<'people'> | undefined {
  return findIn(lookupArguments(id, dataset), 'people', id);
}
