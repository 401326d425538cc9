import { foldText } from '../../lib/fold-text.js';

/** Folds text for search: no diacritics, đ as d, one kind of apostrophe, single spaces, lower case. */
export function searchKey(text: string): string {
  return foldText(text).replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ').trim();
}

const words = (key: string) => key.split(/[^a-z0-9]+/).filter(Boolean);

/** How well a name matches a query: 100 equal, 80 prefix, 60 every query word starts a word of the name, 40 substring, 0 none. */
export function nameScore(queryKey: string, name: string): number {
  const nameKey = searchKey(name);
  if (queryKey === nameKey) return 100;
  if (nameKey.startsWith(queryKey)) return 80;
  const queryWords = words(queryKey);
  const nameWords = words(nameKey);
  if (queryWords.length > 0 && queryWords.every((word) => nameWords.some((candidate) => candidate.startsWith(word)))) return 60;
  if (nameKey.includes(queryKey)) return 40;
  return 0;
}

/**
 * One search hit: the record, how well it matched (0 to 100), and the name or spelling that
 * matched, with the field it is in.
 *
 * @example
 * ```ts
 * import { searchPeople, type SearchResult } from 'mnd-mps-coordination';
 * const [best]: SearchResult<{ id: string }>[] = searchPeople('cuong');
 * console.log(best?.record.id, best?.matched, best?.score);
 * ```
 */
export interface SearchResult<R> {
  readonly record: R;
  /** 100 for an exact name, 80 a prefix, 60 every word a word prefix, 40 a substring (document numbers score by their parts). */
  readonly score: number;
  /** The name, spelling, abbreviation or number that matched, as the record writes it. */
  readonly matched: string;
  /** The field it is in: "name", "otherNames", "abbreviations", "title", "number", ... */
  readonly field: string;
}

/** A searchable text of a record and the field it comes from; fields earlier in the list win ties. */
export interface SearchableText {
  readonly field: string;
  readonly text: string;
}

/**
 * Ranks records by their best-matching text, best first; ties go to the earlier field, then the
 * shorter text, then the id. `extraScore` lets a caller add matches that are not text (numbers).
 */
export function rankRecords<R extends { readonly id: string }>(
  records: readonly R[],
  query: string,
  textsOf: (record: R) => readonly SearchableText[],
  extraScore: (record: R) => { score: number; matched: string; field: string } | null = () => null,
): SearchResult<R>[] {
  const queryKey = searchKey(query);
  if (queryKey === '') return [];
  const hits: (SearchResult<R> & { order: number })[] = [];
  for (const record of records) {
    let best: (SearchResult<R> & { order: number }) | null = null;
    textsOf(record).forEach(({ field, text }, order) => {
      const score = nameScore(queryKey, text);
      if (score > 0 && (!best || score > best.score || (score === best.score && (order < best.order || (order === best.order && text.length < best.matched.length))))) {
        best = { record, score, matched: text, field, order };
      }
    });
    const extra = extraScore(record);
    const current = best as (SearchResult<R> & { order: number }) | null;
    if (extra && (!current || extra.score > current.score)) best = { record, ...extra, order: -1 };
    if (best) hits.push(best);
  }
  return hits
    .sort((a, b) => b.score - a.score || a.order - b.order || a.matched.length - b.matched.length || a.record.id.localeCompare(b.record.id))
    .map(({ record, score, matched, field }) => ({ record, score, matched, field }));
}
