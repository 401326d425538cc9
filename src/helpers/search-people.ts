import type { RecordOf } from '../dataset/collections.js';
import type { PersonRecord } from '../generated/people.js';
import { perDataset } from './internal/per-dataset.js';
import { searchArguments, type SearchOptions } from './internal/search-arguments.js';
import { rankRecords, searchEntries, type SearchResult } from './internal/search-ranking.js';

const entriesOf = /* @__PURE__ */ perDataset((dataset) =>
  searchEntries(dataset.people, (person) => [
    { field: 'name', text: person.name },
    ...person.otherNames.map((text) => ({ field: 'otherNames', text })),
  ]),
);

/**
 * Finds officials by any name the records give them, ignoring case and diacritics (đ matches d),
 * best match first.
 *
 * @example
 * ```ts
 * import { searchPeople } from 'mnd-mps-coordination';
 * searchPeople('Nguyễn Tân Cương')[0]?.record.id; // 'nguyen-tan-cuong'
 * searchPeople('tran').map((hit) => hit.record.name); // ['Tran Quoc To', 'Tran Hong Cong']: equal matches, the shorter name first
 * ```
 * @category Lookups
 */
export function searchPeople(
  query: string,
  options?: Omit<SearchOptions, 'dataset'>,
): SearchResult<PersonRecord>[];
export function searchPeople(
  query: string,
  options: SearchOptions,
): SearchResult<RecordOf<'people'>>[];
export function searchPeople(
  query: string,
  options?: SearchOptions,
): SearchResult<RecordOf<'people'>>[] {
  const { dataset, limit } = searchArguments(query, options);
  return rankRecords(entriesOf(dataset), query).slice(0, limit);
}
