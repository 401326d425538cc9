import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type {
  OrganizationId,
  OrganizationRecord,
  RetiredOrganizationId,
} from '../generated/organizations.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The organization with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findOrganization` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getOrganization } from 'mnd-mps-coordination';
 * const organization = getOrganization('ministry-of-national-defence');
 * console.log(organization.abbreviations);
 * ```
 * @category Lookups
 */
export function getOrganization(id: OrganizationId | RetiredOrganizationId): OrganizationRecord;
export function getOrganization(id: string, dataset: Dataset): RecordOf<'organizations'>;
export function getOrganization(id: string, dataset?: Dataset): RecordOf<'organizations'> {
  return getIn(lookupArguments(id, dataset), 'organizations', id);
}
