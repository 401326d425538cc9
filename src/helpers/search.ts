import SearchableMap from 'minisearch/SearchableMap';
import {
  LOOKUP_COLLECTIONS,
  NAME_FIELDS,
  type Ids,
  type LookupCollection,
} from '../core/collections.js';
import { getOrMake } from '../core/group.js';
import { dateLabel, quantityLabel } from '../core/labels.js';
import { aString, ensure, oneOf } from '../core/options.js';
import { valueAt } from '../core/problem.js';
import { compareStrings, isNumber, searchTerms } from '../core/text.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Document, Organization, Person, RecordTypes } from '../schemas/collections.js';
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
 * Options of {@link search}: the collections to search (every lookup collection by default), at
 * most how many results, and the dataset.
 *
 * @example
 * ```ts
 * import { search, type SearchAllOptions } from 'mnd-mps-coordination';
 * const options: SearchAllOptions = { collections: ['places', 'meetings'], limit: 5 };
 * search('Nghệ An', options);
 * ```
 * @category Lookups
 */
export interface SearchAllOptions<I extends Ids = BundledIds> extends SearchOptions<I> {
  /** Search these collections only (all of them by default). */
  readonly collections?: readonly LookupCollection[];
}

/**
 * One hit of {@link search}: the collection and id of a record, what to call it (a name or
 * title; a meeting's date and title; a metric's indicator, quantity and period), and how well it
 * matched, from 1 to 100 (see {@link SearchResult.score}).
 *
 * @example
 * ```ts
 * import { getRecord, search, type SearchHit } from 'mnd-mps-coordination';
 * const [best]: readonly SearchHit[] = search('Nghệ An');
 * if (best?.collection === 'places') console.log(getRecord('places', best.id).level);
 * ```
 * @category Lookups
 */
export type SearchHit<I extends Ids = BundledIds> = {
  readonly [C in LookupCollection]: {
    readonly collection: C;
    readonly id: I[C];
    readonly label: string;
    readonly score: number;
  };
}[LookupCollection];

/**
 * One hit of a per-collection search: the record, how well it matched, and the name or spelling
 * that matched, with the field it is in.
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
  /**
   * From 1 to 100. 100 when the query is the whole name (case, diacritics, đ, punctuation, leading
   * zeros and the words "no", "số", "the", "of" and "and" aside: "Decree No. 03" is "decree 3").
   * Otherwise `100 × r × (1 + p) / 2`, rounded, at most 99: `r` is the share of the query's words
   * that the name holds (a word that only begins one of the name's words counts 0.8, a word a
   * letter off one of them 0.6) and `p` the share of the name's words that the query matched.
   * A text that describes the record rather than names it (a meeting's place, a document's
   * subjects, an indicator's description, a source's publisher, a metric's indicator, a
   * conflict's claims) counts 0.6 of that.
   */
  readonly score: number;
  /** The name, spelling, abbreviation or number that matched best, as the record writes it. */
  readonly matched: string;
  /** The field it is in: "name", "vietnameseName", "otherNames", "abbreviations", "title", "number", "place", ... */
  readonly field: string;
}

/** How much of a query is read: its first 1,000 characters, and in them its first 32 distinct words. */
const MAX_QUERY_LENGTH = 1000;
const MAX_QUERY_TERMS = 32;
/** What a descriptive text (not a name) is worth against a name. */
const DESCRIBES = 0.6;
/** What a query word is worth when it begins a name's word, or is a letter off one. */
const PREFIX = 0.8;
const FUZZY = 0.6;
/** Shorter words must match whole; numbers always do. */
const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 6;

const prefixes = (term: string) => term.length >= MIN_PREFIX_LENGTH && !isNumber(term);
const fuzzes = (term: string) => term.length >= MIN_FUZZY_LENGTH && !isNumber(term);

/** Whether two words are at most one insertion, deletion or substitution apart (linear). */
function oneEditApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (i === short.length) return true;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

/** One name or text of a record, as the index reads it. */
interface Entry {
  readonly field: string;
  readonly text: string;
  readonly weight: number;
  /** Its words, in order, joined by spaces: what a query must equal to score 100. */
  readonly key: string;
  readonly distinct: readonly string[];
}

/** A text of a record: the field it is in, the text as written and its words (the text's own by default). */
type Text = { field: string; text: string; weight?: number; words?: string };

const named = (field: string, texts: readonly (string | null | undefined)[], weight = 1): Text[] =>
  texts.flatMap((text) => (text ? [{ field, text, weight }] : []));

/** A document kind in English and in Vietnamese (folded), as queries name it before a number. */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  decree: ['decree', 'nghi dinh'],
  resolution: ['resolution', 'nghi quyet'],
  law: ['law', 'luat'],
  decision: ['decision', 'quyet dinh'],
  strategy: ['strategy', 'chien luoc'],
  plan: ['plan', 'ke hoach'],
  circular: ['circular', 'thong tu'],
};

type Records = RecordTypes<Ids>;

/**
 * The texts each collection is found by after its names ({@link NAME_FIELDS}). Everything but
 * `name`-like fields describes the record and is weighted {@link DESCRIBES}.
 */
/** The names of a record ({@link NAME_FIELDS}), each in the field its path starts with. */
const namesOf = (collection: LookupCollection, record: unknown): Text[] =>
  (NAME_FIELDS[collection] ?? []).flatMap((path) => {
    const [field = path, ...rest] = path.split('.');
    const value = valueAt(record, [field, ...rest]);
    return named(field, Array.isArray(value) ? value : [value as string | null | undefined]);
  });

const TEXTS: {
  readonly [C in LookupCollection]: (record: Records[C], dataset: Dataset<Ids>) => Text[];
} = {
  sources: (source) => [
    ...named('title', [source.title]),
    ...named('publisher', [source.publisher?.name], DESCRIBES),
  ],
  organizations: () => [],
  places: () => [],
  people: () => [],
  documents: (document) => {
    const number = document.number;
    // "Decree 3" and "Nghị định 3" name Decree 03/2019/NĐ-CP: its number, as written, matches them.
    const kindNumbers =
      number?.sequence == null
        ? []
        : (KIND_WORDS[document.kind] ?? []).map((kind) => ({
            field: 'number',
            text: number.raw,
            words: `${kind} ${number.sequence}`,
          }));
    return [...kindNumbers, ...named('subjects', document.subjects, DESCRIBES)];
  },
  meetings: (meeting, dataset) => {
    const place = meeting.place === null ? undefined : dataset.find('places', meeting.place);
    const placeNames = namesOf('places', place).map((name) => name.text);
    return named('place', placeNames, DESCRIBES);
  },
  metrics: (metric, dataset) => [
    ...named('counted', [metric.counted]),
    ...named('indicator', [dataset.find('indicators', metric.indicator)?.label], DESCRIBES),
  ],
  indicators: (indicator) => [
    ...named('label', [indicator.label]),
    ...named('description', [indicator.description], DESCRIBES),
  ],
  conflicts: (conflict) =>
    named(
      'claims',
      conflict.claims.map((claim) => claim.value),
      DESCRIBES,
    ),
};

/** What a hit of {@link search} calls each collection's records. */
const LABELS: {
  readonly [C in LookupCollection]: (record: Records[C], dataset: Dataset<Ids>) => string;
} = {
  sources: (source) => {
    const title = source.title ?? source.url ?? source.id;
    return source.publisher === null ? title : `${source.publisher.name}: ${title}`;
  },
  organizations: (organization) => organization.name,
  places: (place) => place.name,
  people: (person) => person.name,
  documents: (document) => document.title,
  meetings: (meeting) => `${dateLabel(meeting.date.edtf)}: ${meeting.title}`,
  metrics: (metric, dataset) =>
    `${dataset.find('indicators', metric.indicator)?.label ?? metric.indicator}: ${quantityLabel(metric.quantity, metric.unit)}, ${dateLabel(metric.period.edtf)}`,
  indicators: (indicator) => indicator.label,
  conflicts: (conflict) =>
    `${conflict.field}: ${conflict.claims.map((claim) => `“${claim.value}”`).join(' vs ')}`,
};

/**
 * The index of one collection: each record's texts, and its words in a radix tree (MiniSearch's
 * `SearchableMap`, which finds the words that begin with a prefix or are a letter off a word),
 * each word with the records that hold it, in record order.
 */
interface CollectionIndex {
  readonly collection: LookupCollection;
  readonly order: number;
  readonly entries: readonly (readonly Entry[])[];
  readonly words: SearchableMap<Int32Array>;
  /** Each record's place in id order, for ties. */
  readonly idRank: Int32Array;
  /** What each record is called, worked out when first shown. */
  readonly labels: (string | undefined)[];
}

/**
 * The entries of texts, each text read once: many records share a text ("Công an tỉnh", a place's
 * name for each meeting held there), and share its entry.
 */
function entryReader(): (text: Text) => Entry {
  const read = new Map<string, Entry>();
  return ({ field, text, weight = 1, words }) => {
    const at = `${field}\u0000${weight}\u0000${words ?? ''}\u0000${text}`;
    return getOrMake(read, at, () => {
      const terms = searchTerms(words ?? text);
      return { field, text, weight, key: terms.join(' '), distinct: [...new Set(terms)] };
    });
  };
}

function indexCollection(dataset: Dataset<Ids>, collection: LookupCollection): CollectionIndex {
  const textsOf = TEXTS[collection] as (record: unknown, dataset: Dataset<Ids>) => Text[];
  const records = dataset[collection] as readonly { readonly id: string }[];
  const entryOf = entryReader();
  const entries = records.map((record) =>
    [...namesOf(collection, record), ...textsOf(record, dataset)].map(entryOf),
  );
  const postings = new Map<string, number[]>();
  entries.forEach((texts, index) => {
    for (const entry of texts)
      for (const word of entry.distinct) {
        const list = postings.get(word);
        if (list === undefined) postings.set(word, [index]);
        // Records are read in order, so a record already listed is the last one listed.
        else if (list[list.length - 1] !== index) list.push(index);
      }
  });
  const words = new SearchableMap<Int32Array>();
  for (const [word, list] of postings) words.set(word, Int32Array.from(list));
  const idRank = new Int32Array(records.length);
  records
    .map((record, index) => ({ id: record.id, index }))
    .sort((a, b) => compareStrings(a.id, b.id))
    .forEach(({ index }, rank) => (idRank[index] = rank));
  const order = LOOKUP_COLLECTIONS.indexOf(collection);
  return { collection, order, entries, words, idRank, labels: [] };
}

/** What a dataset keeps for search: each collection's index, built when first searched. */
const INDEX = Symbol('search index');
const indexOf = (dataset: Dataset<Ids>, collection: LookupCollection): CollectionIndex => {
  const indexes = dataset.built(INDEX, () => new Map<LookupCollection, CollectionIndex>());
  return getOrMake(indexes, collection, () => indexCollection(dataset, collection));
};

/** A query as search reads it: its words in order (the whole-name key) and its distinct words, capped. */
interface Query {
  readonly key: string;
  readonly terms: readonly string[];
}

function readQuery(query: unknown): Query {
  const all = searchTerms(aString(query, 'query').slice(0, MAX_QUERY_LENGTH));
  return { key: all.join(' '), terms: [...new Set(all)].slice(0, MAX_QUERY_TERMS) };
}

/** How well a query word matches a name's word: 1 equal, 0.8 its start, 0.6 a letter off, 0 not. */
function termMatch(query: string, word: string): number {
  if (query === word) return 1;
  if (prefixes(query) && word.startsWith(query)) return PREFIX;
  return fuzzes(query) && oneEditApart(query, word) ? FUZZY : 0;
}

/**
 * The score of a name's words against a query, before its weight (see
 * {@link SearchResult.score}): linear in the name's words times the query's.
 */
function wordsScore(distinct: readonly string[], key: string, query: Query): number {
  if (key === query.key) return 100;
  let found = 0;
  const matchedWords = new Uint8Array(distinct.length);
  for (const term of query.terms) {
    let best = 0;
    for (let word = 0; word < distinct.length; word += 1) {
      const match = termMatch(term, distinct[word] ?? '');
      if (match > 0) matchedWords[word] = 1;
      if (match > best) best = match;
    }
    found += best;
  }
  const recall = found / query.terms.length;
  let matched = 0;
  for (const word of matchedWords) matched += word;
  const precision = distinct.length === 0 ? 0 : matched / distinct.length;
  return Math.min(99, Math.round((100 * recall * (1 + precision)) / 2));
}

/** {@link wordsScore} of each name once a query: many records share a name ("Công an tỉnh"). */
function scorer(query: Query): (entry: Entry) => number {
  const scores = new Map<string, number>();
  return (entry) => {
    const score = getOrMake(scores, entry.key, () => wordsScore(entry.distinct, entry.key, query));
    return Math.round(entry.weight * score);
  };
}

/** The lists of records that hold a query word, a word it begins, or (long enough) a word a letter off it. */
function postingsOf(words: SearchableMap<Int32Array>, term: string): Int32Array[] {
  const lists = new Map<string, Int32Array>();
  const exact = words.get(term);
  if (exact) lists.set(term, exact);
  if (prefixes(term)) words.atPrefix(term).forEach((word, list) => lists.set(word, list));
  if (fuzzes(term)) for (const [word, [list]] of words.fuzzyGet(term, 1)) lists.set(word, list);
  return [...lists.values()];
}

/**
 * The records of a collection that hold every word of the query, in one pass over the lists of
 * each of the query's words (`seen[record]` counts the words found so far), then one over the
 * shortest.
 */
function matching(index: CollectionIndex, query: Query): number[] {
  const perTerm = query.terms
    .map((term) => postingsOf(index.words, term))
    .map((lists) => ({ lists, size: lists.reduce((sum, list) => sum + list.length, 0) }))
    .sort((a, b) => a.size - b.size);
  if (perTerm.some(({ size }) => size === 0)) return [];
  const seen = new Uint8Array(index.entries.length);
  perTerm.forEach(({ lists }, term) => {
    for (const list of lists)
      for (let at = 0; at < list.length; at += 1) {
        const record = list[at] ?? 0;
        if (seen[record] === term) seen[record] = term + 1;
      }
  });
  const found: number[] = [];
  const all = perTerm.length;
  for (const list of perTerm[0]?.lists ?? [])
    for (let at = 0; at < list.length; at += 1) {
      const record = list[at] ?? 0;
      if (seen[record] === all) {
        found.push(record);
        seen[record] = all + 1;
      }
    }
  return found;
}

/** One record found: where it is, its best text and how well that matched. */
interface Found {
  readonly index: CollectionIndex;
  readonly record: number;
  readonly entry: Entry;
  readonly position: number;
  readonly score: number;
}

/** The records of the collections that hold every word of the query, each with its best text, best first. */
function find(
  dataset: Dataset<Ids>,
  query: Query,
  collections: readonly LookupCollection[],
): Found[] {
  const found: Found[] = [];
  if (query.terms.length === 0) return found;
  const scoreOf = scorer(query);
  for (const collection of collections) {
    const index = indexOf(dataset, collection);
    for (const record of matching(index, query)) {
      const entries = index.entries[record] ?? [];
      let position = -1;
      let score = 0;
      for (let at = 0; at < entries.length; at += 1) {
        const entryScore = scoreOf(entries[at]!);
        if (entryScore > score) {
          position = at;
          score = entryScore;
        }
      }
      const entry = entries[position];
      if (entry) found.push({ index, record, entry, position, score });
    }
  }
  // Best first; on a tie, the record's earlier text (a name before other names), the shorter
  // text, the collection in load order, then the id.
  return found.sort(
    (a, b) =>
      b.score - a.score ||
      a.position - b.position ||
      a.entry.text.length - b.entry.text.length ||
      a.index.order - b.index.order ||
      (a.index.idRank[a.record] ?? 0) - (b.index.idRank[b.record] ?? 0),
  );
}

const recordAt = (dataset: Dataset<Ids>, { index, record }: Found) =>
  dataset[index.collection][record] as { readonly id: string };

/** What a hit calls its record (see {@link SearchHit}), worked out once per record. */
function labelOf(dataset: Dataset<Ids>, found: Found): string {
  const { index, record } = found;
  let label = index.labels[record];
  if (label === undefined) {
    const labelIn = LABELS[index.collection] as (record: unknown, dataset: Dataset<Ids>) => string;
    index.labels[record] = label = labelIn(recordAt(dataset, found), dataset);
  }
  return label;
}

function limitOf(limit: unknown): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  ensure(
    typeof limit === 'number' && limit >= 0,
    'limit',
    'a number of results of 0 or more',
    limit,
  );
  return limit;
}

function collectionsOf(collections: unknown): readonly LookupCollection[] {
  if (collections === undefined) return LOOKUP_COLLECTIONS;
  const known = `a list of collections (${LOOKUP_COLLECTIONS.join(', ')})`;
  ensure(Array.isArray(collections), 'collections', known, collections);
  const chosen = new Set(collections.map((name) => oneOf(name, LOOKUP_COLLECTIONS, 'collections')));
  return LOOKUP_COLLECTIONS.filter((name) => chosen.has(name));
}

/**
 * Finds records of every kind by any name they have, best first: people, bodies and places by
 * their English and Vietnamese names (with or without diacritics; đ is d) and every other
 * spelling and abbreviation ("MND", "MPS"); documents by title or number however written
 * ("03/2019/NĐ-CP", "03/2019/ND-CP", "Nghị định 03", "Decree No. 03" and "Decree 3" all find
 * Decree 03/2019/NĐ-CP first); meetings by title and by their place's names; sources by title;
 * indicators by label; metrics by what they count; conflicts by their claims.
 *
 * A record is found when it holds every word of the query (in any of its names): a word of three
 * letters or more also matches the start of a word ("bien" finds "biên phòng"), one of six or more
 * also a word a letter off ("Defence" finds "Defense"); numbers match whole, without their leading
 * zeros ("03" is "3"). "No.", "số", "the", "of" and "and" are ignored. A query that is a whole
 * name scores 100 and comes first; see {@link SearchResult.score} for the rest.
 *
 * Only the query's first 1,000 characters, and in them its first 32 distinct words, are read,
 * so that a search costs the same however long the query. The index is built the first time a
 * dataset's collection is searched (one MiniSearch index per collection) and kept by the dataset.
 *
 * @param query - What to look for.
 * @param options - `collections` (all by default), `limit` (all by default), `dataset`.
 * @returns The hits, best first, frozen.
 * @throws {@link InvalidArgumentError} when the query is not a string, `limit` is not a number of
 * 0 or more, `collections` is not a list of lookup collections, or an option is unknown.
 *
 * @example
 * ```ts
 * import { search } from 'mnd-mps-coordination';
 * search('Bộ Quốc phòng')[0]?.id; // 'ministry-of-national-defence'
 * search('Decree 3', { collections: ['documents'] })[0]?.id; // 'decree-03-2019-nd-cp'
 * search('Nghe An', { limit: 3 }).map((hit) => `${hit.collection}: ${hit.label} (${hit.score})`);
 * ```
 * @category Lookups
 */
export function search<I extends Ids = BundledIds>(
  query: string,
  options?: SearchAllOptions<I>,
): readonly SearchHit<I>[] {
  const read = readQuery(query);
  const given = helperOptions(options, ['collections', 'limit']);
  const dataset = given.dataset as unknown as Dataset<Ids>;
  const limit = limitOf(given.limit);
  const collections = collectionsOf(given.collections);
  const hits = find(dataset, read, collections)
    .slice(0, limit)
    .map((found) =>
      Object.freeze({
        collection: found.index.collection,
        id: recordAt(dataset, found).id,
        label: labelOf(dataset, found),
        score: found.score,
      }),
    );
  return Object.freeze(hits) as readonly SearchHit<I>[];
}

/** A per-collection search: the hits of one collection, with the record and the text that matched. */
function searchIn<R>(
  collection: 'people' | 'organizations' | 'documents',
  query: unknown,
  options: DatasetOption<Ids> | undefined,
): SearchResult<R>[] {
  const read = readQuery(query);
  const given = helperOptions(options, ['limit']);
  const limit = limitOf(given.limit);
  return find(given.dataset, read, [collection])
    .slice(0, limit)
    .map((found) => ({
      record: given.dataset[collection][found.record] as R,
      score: found.score,
      matched: found.entry.text,
      field: found.entry.field,
    }));
}

/**
 * Finds officials by any name the records give them (English, Vietnamese with or without
 * diacritics, other forms), best match first: {@link search} over people, with the record and
 * the name that matched. The query is read as {@link search} reads it.
 *
 * @throws {@link InvalidArgumentError} when the query is not a string, `limit` is not a number of
 * 0 or more, or an option is unknown.
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
  return searchIn('people', query, options as DatasetOption<Ids> | undefined);
}

/**
 * Finds organizations by name, Vietnamese name, any spelling the sources use, or abbreviation,
 * ignoring case and diacritics, best match first: {@link search} over organizations, with the
 * record and the name that matched.
 *
 * @throws {@link InvalidArgumentError} when the query is not a string, `limit` is not a number of
 * 0 or more, or an option is unknown.
 * @example
 * ```ts
 * import { searchOrganizations } from 'mnd-mps-coordination';
 * searchOrganizations('MoD')[0]?.record.id; // 'ministry-of-national-defence'
 * searchOrganizations('Bộ Công an')[0]?.record.id; // 'ministry-of-public-security'
 * ```
 * @category Lookups
 */
export function searchOrganizations<I extends Ids = BundledIds>(
  query: string,
  options?: SearchOptions<I>,
): SearchResult<Organization<I>>[] {
  return searchIn('organizations', query, options as DatasetOption<Ids> | undefined);
}

/**
 * Finds legal and party documents by title, subject or number, ignoring case and diacritics,
 * best match first: {@link search} over documents, with the record and the text that matched.
 * Numbers are understood however they are written: "Decree 03", "Decree No. 3", "Nghị định 03",
 * "03/2019/ND-CP" and "03/2019/NĐ-CP" all find Decree 03/2019/ND-CP; every number in the query
 * must be the document's ("Decree 77" does not find Decree 03).
 *
 * @throws {@link InvalidArgumentError} when the query is not a string, `limit` is not a number of
 * 0 or more, or an option is unknown.
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
  return searchIn('documents', query, options as DatasetOption<Ids> | undefined);
}
