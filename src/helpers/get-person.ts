import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { PersonId, PersonRecord, RetiredPersonId } from '../generated/people.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The person with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findPerson` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getPerson } from 'mnd-mps-coordination';
 * const person = getPerson('nguyen-tan-cuong');
 * console.log(person.name);
 * ```
 * @category Lookups
 */
export function getPerson(id: PersonId | RetiredPersonId): PersonRecord;
export function getPerson(id: string, dataset: Dataset): RecordOf<'people'>;
export function getPerson(id: string, dataset?: Dataset): RecordOf<'people'> {
  return getIn(lookupArguments(id, dataset), 'people', id);
}
