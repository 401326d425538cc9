import type { RecordOf } from '../dataset/collections.js';
import type { OrganizationRecord } from '../generated/organizations.js';
import { perDataset } from './internal/per-dataset.js';
import { searchArguments, type SearchOptions } from './internal/search-arguments.js';
import { rankRecords, searchEntries, type SearchResult } from './internal/search-ranking.js';

const entriesOf = /* @__PURE__ */ perDataset((dataset) =>
  searchEntries(dataset.organizations, (organization) => [
    { field: 'name', text: organization.name },
    ...organization.abbreviations.map((text) => ({ field: 'abbreviations', text })),
    ...organization.otherNames.map((text) => ({ field: 'otherNames', text })),
  ]),
);

/**
 * Finds organizations by name, any spelling the sources use, or abbreviation, ignoring case and
 * diacritics, best match first.
 *
 * @example
 * ```ts
 * import { searchOrganizations } from 'mnd-mps-coordination';
 * searchOrganizations('MoD')[0]?.record.id; // 'ministry-of-national-defence'
 * searchOrganizations('Ministry of Defense')[0]?.matched; // 'Ministry of Defense'
 * ```
 * @category Lookups
 */
export function searchOrganizations(
  query: string,
  options?: Omit<SearchOptions, 'dataset'>,
): SearchResult<OrganizationRecord>[];
export function searchOrganizations(
  query: string,
  options: SearchOptions,
): SearchResult<RecordOf<'organizations'>>[];
export function searchOrganizations(
  query: string,
  options?: SearchOptions,
): SearchResult<RecordOf<'organizations'>>[] {
  const { dataset, limit } = searchArguments(query, options);
  return rankRecords(entriesOf(dataset), query).slice(0, limit);
}
