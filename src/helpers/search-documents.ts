import type { RecordOf } from '../dataset/collections.js';
import type { DocumentRecord } from '../generated/documents.js';
import { perDataset } from './internal/per-dataset.js';
import { searchArguments, type SearchOptions } from './internal/search-arguments.js';
import { rankRecords, searchEntries, type SearchResult } from './internal/search-ranking.js';

const FULL_NUMBER = /(\d+)\s*\/\s*(\d{4})(?:\s*\/\s*([a-z]+)\s*-\s*([a-z]+))?/;
/** Document-type words, English and Vietnamese (folded), and the kind they name. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  decree: 'decree',
  'nghi dinh': 'decree',
  resolution: 'resolution',
  'nghi quyet': 'resolution',
  law: 'law',
  luat: 'law',
  decision: 'decision',
  'quyet dinh': 'decision',
  strategy: 'strategy',
  'chien luoc': 'strategy',
  plan: 'plan',
  'ke hoach': 'plan',
};
const KIND_AND_NUMBER = new RegExp(
  `\\b(${Object.keys(KIND_WORDS).join('|')})\\s*(?:(?:no|so)\\.?\\s*)?(\\d+)\\b`,
);
const BARE_NUMBER = /^(?:(?:no|so)\.?\s*)?(\d+)$/;

/**
 * Scores a document's number against the number written in the query, however it is written: a
 * hit when they agree, `false` when the query names another number (that document is not meant,
 * whatever its title shares with the query), `null` when the query names no number.
 */
function numberScore(
  document: RecordOf<'documents'>,
  queryKey: string,
): { score: number; matched: string; field: string } | null | false {
  const number = document.number;
  const sequence = number?.sequence ?? null;
  const hit = (score: number) => ({ score, matched: number?.raw ?? '', field: 'number' });
  const full = FULL_NUMBER.exec(queryKey);
  if (full) {
    if (Number(full[1]) !== sequence || Number(full[2]) !== number?.year) return false;
    if (full[3] === undefined) return hit(90);
    return full[3] === number.typeCode?.toLowerCase() &&
      full[4] === number.issuerCode?.toLowerCase()
      ? hit(100)
      : false;
  }
  const kindAndNumber = KIND_AND_NUMBER.exec(queryKey);
  if (kindAndNumber)
    return KIND_WORDS[kindAndNumber[1] as string] === document.kind &&
      Number(kindAndNumber[2]) === sequence
      ? hit(95)
      : false;
  const bare = BARE_NUMBER.exec(queryKey);
  if (bare) return Number(bare[1]) === sequence ? hit(70) : false;
  return null;
}

const entriesOf = /* @__PURE__ */ perDataset((dataset) =>
  searchEntries(dataset.documents, (document) => [
    { field: 'title', text: document.title },
    ...document.otherTitles.map((text) => ({ field: 'otherTitles', text })),
    ...(document.number ? [{ field: 'number', text: document.number.raw }] : []),
    ...document.subjects.map((text) => ({ field: 'subjects', text })),
  ]),
);

/**
 * Finds legal and party documents by title, subject or number, ignoring case and diacritics, best
 * match first. Numbers are understood however they are written: "Decree 03", "Decree No. 3",
 * "Nghị định 03", "03/2019/ND-CP" and "03/2019/NĐ-CP" all find Decree 03/2019/ND-CP.
 *
 * @example
 * ```ts
 * import { searchDocuments } from 'mnd-mps-coordination';
 * searchDocuments('03/2019/NĐ-CP')[0]?.record.id; // 'decree-03-2019-nd-cp'
 * searchDocuments('decree 77')[0]?.record.id; // 'decree-77'
 * ```
 * @category Lookups
 */
export function searchDocuments(
  query: string,
  options?: Omit<SearchOptions, 'dataset'>,
): SearchResult<DocumentRecord>[];
export function searchDocuments(
  query: string,
  options: SearchOptions,
): SearchResult<RecordOf<'documents'>>[];
export function searchDocuments(
  query: string,
  options?: SearchOptions,
): SearchResult<RecordOf<'documents'>>[] {
  const { dataset, limit } = searchArguments(query, options);
  return rankRecords(entriesOf(dataset), query, numberScore).slice(0, limit);
}
