import type { RecordOf } from '../dataset/collections.js';
import type { DocumentRecord } from '../generated/documents.js';
import { rankRecords, searchKey, type SearchResult } from './internal/search-ranking.js';
import { searchArguments, type SearchOptions } from './internal/search-arguments.js';

const FULL_NUMBER = /(\d+)\s*\/\s*(\d{4})(?:\s*\/\s*([a-z]+)\s*-\s*([a-z]+))?/;
const KIND_AND_NUMBER = /\b(decree|resolution|law|decision|strategy|plan)\s*(?:no\.?\s*)?(\d+)\b/;
const BARE_NUMBER = /^(?:no\.?\s*)?(\d+)$/;

/** Scores a document's number against the numbers written in the query, however they are written. */
function numberScore(document: RecordOf<'documents'>, queryKey: string): { score: number; matched: string; field: string } | null {
  const number = document.number;
  if (!number || number.sequence === null) return null;
  const hit = (score: number) => ({ score, matched: number.raw, field: 'number' });
  const full = FULL_NUMBER.exec(queryKey);
  if (full) {
    if (Number(full[1]) !== number.sequence || Number(full[2]) !== number.year) return null;
    if (full[3] === undefined) return hit(90);
    return full[3] === number.typeCode?.toLowerCase() && full[4] === number.issuerCode?.toLowerCase() ? hit(100) : null;
  }
  const kindAndNumber = KIND_AND_NUMBER.exec(queryKey);
  if (kindAndNumber) return kindAndNumber[1] === document.kind && Number(kindAndNumber[2]) === number.sequence ? hit(95) : null;
  const bare = BARE_NUMBER.exec(queryKey);
  return bare && Number(bare[1]) === number.sequence ? hit(70) : null;
}

/**
 * Finds legal and party documents by title, subject or number, ignoring case and diacritics, best
 * match first. Numbers are understood however they are written: "Decree 03", "Decree No. 3",
 * "03/2019/ND-CP" and "03/2019/NĐ-CP" all find Decree 03/2019/ND-CP.
 *
 * @example
 * ```ts
 * import { searchDocuments } from 'mnd-mps-coordination';
 * searchDocuments('03/2019/NĐ-CP')[0]?.record.id; // 'decree-03-2019-nd-cp'
 * searchDocuments('decree 77')[0]?.record.id; // 'decree-77'
 * ```
 */
export function searchDocuments(query: string, options?: Omit<SearchOptions, 'dataset'>): SearchResult<DocumentRecord>[];
export function searchDocuments(query: string, options: SearchOptions): SearchResult<RecordOf<'documents'>>[];
export function searchDocuments(query: string, options?: SearchOptions): SearchResult<RecordOf<'documents'>>[] {
  const { dataset, limit } = searchArguments(query, options);
  const queryKey = searchKey(query);
  return rankRecords(
    dataset.documents,
    query,
    (document) => [
      { field: 'title', text: document.title },
      ...document.otherTitles.map((text) => ({ field: 'otherTitles', text })),
      ...(document.number ? [{ field: 'number', text: document.number.raw }] : []),
      ...document.subjects.map((text) => ({ field: 'subjects', text })),
    ],
    (document) => numberScore(document, queryKey),
  ).slice(0, limit);
}
