import { foldText } from '../../lib/fold-text.js';

/** Folds text for search: no diacritics, đ as d, no apostrophes, single spaces, lower case. */
export function searchKey(text: string): string {
  return foldText(text)
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const wordsOf = (key: string) => key.split(/[^a-z0-9]+/).filter(Boolean);

/**
 * How well a name matches a query: 100 equal, 80 prefix, 60 every query word starts a word of the
 * name, 40 substring, 20 to 39 when at least half the query words start words of the name (a
 * query with extra words, "General Nguyen Tan Cuong"), 0 none.
 */
export function nameScore(queryKey: string, nameKey: string): number {
  if (queryKey === nameKey) return 100;
  if (nameKey.startsWith(queryKey)) return 80;
  const queryWords = wordsOf(queryKey);
  const nameWords = wordsOf(nameKey);
  const matched = queryWords.filter((word) =>
    nameWords.some((candidate) => candidate.startsWith(word)),
  ).length;
  if (queryWords.length > 0 && matched === queryWords.length) return 60;
  if (nameKey.includes(queryKey)) return 40;
  return matched > 0 && matched * 2 >= queryWords.length
    ? 20 + Math.round((19 * matched) / queryWords.length)
    : 0;
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
 * @category Lookups
 */
export interface SearchResult<R> {
  readonly record: R;
  /** 100 an exact name, 80 a prefix, 60 every word a word prefix, 40 a substring, 20-39 most words; document numbers score by their parts. */
  readonly score: number;
  /** The name, spelling, abbreviation or number that matched, as the record writes it. */
  readonly matched: string;
  /** The field it is in: "name", "otherNames", "abbreviations", "title", "number", ... */
  readonly field: string;
}

/** A searchable text of a record, the field it comes from, and its folded key; fields earlier in a record's list win ties. */
export interface SearchableText {
  readonly field: string;
  readonly text: string;
  readonly key: string;
}

/** A record with its searchable texts, folded once. */
export interface SearchEntry<R> {
  readonly record: R;
  readonly texts: readonly SearchableText[];
}

/** Folds the searchable texts of records once, for ranking many queries. */
export function searchEntries<R>(
  records: readonly R[],
  textsOf: (record: R) => readonly { field: string; text: string }[],
): SearchEntry<R>[] {
  return records.map((record) => ({
    record,
    texts: textsOf(record).map(({ field, text }) => ({ field, text, key: searchKey(text) })),
  }));
}

/**
 * Ranks records by their best-matching text, best first; ties go to the earlier field, then the
 * shorter text, then the id. `extraScore` lets a caller add matches that are not text (numbers):
 * a hit, `null` for no opinion, or `false` to rule the record out whatever its text.
 */
export function rankRecords<R extends { readonly id: string }>(
  entries: readonly SearchEntry<R>[],
  query: string,
  extraScore: (
    record: R,
    queryKey: string,
  ) => { score: number; matched: string; field: string } | null | false = () => null,
): SearchResult<R>[] {
  const queryKey = searchKey(query);
  if (queryKey === '') return [];
  const hits: (SearchResult<R> & { order: number })[] = [];
  for (const { record, texts } of entries) {
    let best: (SearchResult<R> & { order: number }) | null = null;
    texts.forEach(({ field, text, key }, order) => {
      const score = nameScore(queryKey, key);
      if (
        score > 0 &&
        (!best ||
          score > best.score ||
          (score === best.score &&
            (order < best.order || (order === best.order && text.length < best.matched.length))))
      ) {
        best = { record, score, matched: text, field, order };
      }
    });
    const extra = extraScore(record, queryKey);
    if (extra === false) continue;
    const current = best as (SearchResult<R> & { order: number }) | null;
    if (extra && (!current || extra.score > current.score)) best = { record, ...extra, order: -1 };
    if (best) hits.push(best);
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.order - b.order ||
        a.matched.length - b.matched.length ||
        a.record.id.localeCompare(b.record.id),
    )
    .map(({ record, score, matched, field }) => ({ record, score, matched, field }));
}
