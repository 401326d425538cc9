import type { Ids } from '../core/collections.js';
import { InvalidArgumentError } from '../core/errors.js';
import { compareStrings } from '../core/text.js';
import { aString } from '../core/options.js';
import { searchKey, shown } from '../core/text.js';
import type { BundledIds } from '../generated/ids.js';
import type { Document, Organization, Person } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';

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
export interface SearchOptions<I extends Ids = BundledIds> extends DatasetOption<I> {
  /** At most this many results (all by default). */
  readonly limit?: number;
}

/**
 * One search hit: the record, how well it matched (0 to 100), and the name or spelling that
 * matched, with the field it is in.
 *
 * @example
 * ```ts
 * import { searchPeople, type SearchResult, type Person } from 'mnd-mps-coordination';
 * const [best]: SearchResult<Person>[] = searchPeople('cuong');
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

const wordsOf = (key: string) => key.split(/[^a-z0-9]+/).filter(Boolean);

/** How well a name matches a query (both folded): 100 equal, 80 prefix, 60 word prefixes, 40 substring, 20-39 most words, 0 none. */
function nameScore(query: string, name: string): number {
  if (query === name) return 100;
  if (name.startsWith(query)) return 80;
  const queryWords = wordsOf(query);
  const nameWords = wordsOf(name);
  const matched = queryWords.filter((word) =>
    nameWords.some((candidate) => candidate.startsWith(word)),
  ).length;
  if (queryWords.length > 0 && matched === queryWords.length) return 60;
  if (name.includes(query)) return 40;
  return matched > 0 && matched * 2 >= queryWords.length
    ? 20 + Math.round((19 * matched) / queryWords.length)
    : 0;
}

type Hit<R> = SearchResult<R> & { readonly order: number };
type Extra = { score: number; matched: string; field: string } | null | false;

/**
 * Ranks records by their best-matching text, best first; ties go to the earlier field, then the
 * shorter text, then the id. `extra` adds matches that are not text (document numbers): a hit,
 * `null` for no opinion, or `false` to rule the record out.
 */
function search<R extends { readonly id: string }>(
  query: unknown,
  options: DatasetOption<Ids> | undefined,
  collection: 'people' | 'organizations' | 'documents',
  textsOf: (record: R) => readonly { field: string; text: string }[],
  extra: (record: R, key: string) => Extra = () => null,
): SearchResult<R>[] {
  const key = searchKey(aString(query, 'query'));
  const { dataset, limit = Number.POSITIVE_INFINITY } = helperOptions(options, ['limit']);
  if (typeof limit !== 'number' || !(limit >= 0))
    throw new InvalidArgumentError(
      'limit',
      `expected a number of results of 0 or more, got ${shown(limit)}`,
    );
  if (key === '') return [];
  const hits: Hit<R>[] = [];
  for (const record of dataset[collection] as readonly unknown[] as readonly R[]) {
    const more = extra(record, key);
    if (more === false) continue;
    const candidates: Hit<R>[] = textsOf(record).map(({ field, text }, order) => {
      return { record, score: nameScore(key, searchKey(text)), matched: text, field, order };
    });
    if (more) candidates.push({ record, ...more, order: -1 });
    // The first candidate with the best score: a text before the number it ties with.
    const best = candidates.reduce<Hit<R> | null>(
      (top, hit) => (hit.score > (top?.score ?? 0) ? hit : top),
      null,
    );
    if (best) hits.push(best);
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.order - b.order ||
        a.matched.length - b.matched.length ||
        compareStrings(a.record.id, b.record.id),
    )
    .slice(0, limit)
    .map(({ record, score, matched, field }) => ({ record, score, matched, field }));
}

const named = (field: string, texts: readonly string[]) => texts.map((text) => ({ field, text }));

/**
 * Finds officials by any name the records give them, ignoring case and diacritics (đ matches d),
 * best match first.
 *
 * @example
 * ```ts
 * import { searchPeople } from 'mnd-mps-coordination';
 * searchPeople('Nguyễn Tân Cương')[0]?.record.id; // 'nguyen-tan-cuong'
 * searchPeople('tran').map((hit) => hit.record.name); // equal matches, the shorter name first
 * ```
 * @category Lookups
 */
export function searchPeople<I extends Ids = BundledIds>(
  query: string,
  options?: SearchOptions<I>,
): SearchResult<Person<I>>[] {
  return search(query, options, 'people', (person) => [
    { field: 'name', text: person.name },
    ...named('otherNames', person.otherNames),
  ]);
}

/**
 * Finds organizations by name, any spelling the sources use, or abbreviation, ignoring case and
 * diacritics, best match first.
 *
 * @example
 * ```ts
 * import { searchOrganizations } from 'mnd-mps-coordination';
 * searchOrganizations('MoD')[0]?.record.id; // 'ministry-of-national-defence'
 * ```
 * @category Lookups
 */
export function searchOrganizations<I extends Ids = BundledIds>(
  query: string,
  options?: SearchOptions<I>,
): SearchResult<Organization<I>>[] {
  return search(query, options, 'organizations', (organization) => [
    { field: 'name', text: organization.name },
    ...named('abbreviations', organization.abbreviations),
    ...named('otherNames', organization.otherNames),
  ]);
}

const FULL_NUMBER = /(\d+)\s*\/\s*(\d{4})(?:\s*\/\s*([a-z]+)\s*-\s*([a-z]+))?/;
/** The document kinds a query may name, each with its Vietnamese words (folded). */
const VIETNAMESE_KINDS: Readonly<Record<string, string>> = {
  decree: 'nghi dinh',
  resolution: 'nghi quyet',
  law: 'luat',
  decision: 'quyet dinh',
  strategy: 'chien luoc',
  plan: 'ke hoach',
  circular: 'thong tu',
};
const KIND_AND_NUMBER = new RegExp(
  `\\b(${Object.entries(VIETNAMESE_KINDS).flat().join('|')})\\s*(?:(?:no|so)\\.?\\s*)?(\\d+)\\b`,
);
const BARE_NUMBER = /^(?:(?:no|so)\.?\s*)?(\d+)$/;

/** Scores a document's number against a number in the query however written; `false` when the query names another number. */
function numberScore(document: Document<Ids>, key: string): Extra {
  const number = document.number;
  /** A hit of `score` when the query's number is the document's, else `false`. */
  const hitIf = (same: boolean, score: number) =>
    same && { score, matched: number?.raw ?? '', field: 'number' };
  const full = FULL_NUMBER.exec(key);
  if (full) {
    const sameNumber = Number(full[1]) === number?.sequence && Number(full[2]) === number.year;
    if (full[3] === undefined) return hitIf(sameNumber, 90);
    const sameCodes =
      full[3] === number?.typeCode?.toLowerCase() && full[4] === number.issuerCode?.toLowerCase();
    return hitIf(sameNumber && sameCodes, 100);
  }
  const kindAndNumber = KIND_AND_NUMBER.exec(key);
  if (kindAndNumber) {
    const [, words, sequence] = kindAndNumber;
    const sameKind = words === document.kind || words === VIETNAMESE_KINDS[document.kind];
    return hitIf(sameKind && Number(sequence) === number?.sequence, 95);
  }
  const bare = BARE_NUMBER.exec(key);
  return bare ? hitIf(Number(bare[1]) === number?.sequence, 70) : null;
}

/**
 * Finds legal and party documents by title, subject or number, ignoring case and diacritics,
 * best match first. Numbers are understood however they are written: "Decree 03", "Decree No.
 * 3", "Nghị định 03", "03/2019/ND-CP" and "03/2019/NĐ-CP" all find Decree 03/2019/ND-CP.
 *
 * @example
 * ```ts
 * import { searchDocuments } from 'mnd-mps-coordination';
 * searchDocuments('03/2019/NĐ-CP')[0]?.record.id; // 'decree-03-2019-nd-cp'
 * searchDocuments('decree 77')[0]?.record.id; // 'decree-77'
 * ```
 * @category Lookups
 */
export function searchDocuments<I extends Ids = BundledIds>(
  query: string,
  options?: SearchOptions<I>,
): SearchResult<Document<I>>[] {
  const textsOf = (document: Document<I>) => [
    { field: 'title', text: document.title },
    ...named('otherTitles', document.otherTitles),
    ...named('number', document.number ? [document.number.raw] : []),
    ...named('subjects', document.subjects),
  ];
  return search(query, options, 'documents', textsOf, numberScore);
}
