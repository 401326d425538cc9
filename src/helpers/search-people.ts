import type { RecordOf } from '../dataset/collections.js';
import type { PersonRecord } from '../generated/people.js';
import { rankRecords, type SearchResult } from './internal/search-ranking.js';
import { searchArguments, type SearchOptions } from './internal/search-arguments.js';

/**
 * Finds officials by any name the records give them, ignoring case and diacritics (đ matches d),
 * best match first.
 *
 * @example
 * ```ts
 * import { searchPeople } from 'mnd-mps-coordination';
 * searchPeople('Nguyễn Tân Cương')[0]?.record.id; // 'nguyen-tan-cuong'
 * searchPeople('tran').map((hit) => hit.record.name); // ['Tran Hong Cong', 'Tran Quoc To']
 * ```
 */
export function searchPeople(query: string, options?: Omit<SearchOptions, 'dataset'>): SearchResult<PersonRecord>[];
export function searchPeople(query: string, options: SearchOptions): SearchResult<RecordOf<'people'>>[];
export function searchPeople(query: string, options?: SearchOptions): SearchResult<RecordOf<'people'>>[] {
  const { dataset, limit } = searchArguments(query, options);
  return rankRecords(dataset.people, query, (person) => [
    { field: 'name', text: person.name },
    ...person.otherNames.map((text) => ({ field: 'otherNames', text })),
  ]).slice(0, limit);
}
