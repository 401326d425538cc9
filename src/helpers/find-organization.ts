import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { OrganizationRecord } from '../generated/organizations.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The organization with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getOrganization` throws instead.
 *
 * @example
 * ```ts
 * import { findOrganization } from 'mnd-mps-coordination';
 * const organization = findOrganization('ministry-of-national-defence');
 * if (organization) console.log(organization.abbreviations);
 * ```
 * @category Lookups
 */
export function findOrganization(id: string): OrganizationRecord | undefined;
export function findOrganization(
  id: string,
  dataset: Dataset,
): RecordOf<'organizations'> | undefined;
export function findOrganization(
  id: string,
  dataset?: Dataset,
): RecordOf<'organizations'> | undefined {
  return findIn(lookupArguments(id, dataset), 'organizations', id);
}
