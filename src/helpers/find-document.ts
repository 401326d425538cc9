import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { DocumentRecord } from '../generated/documents.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The document with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getDocument` throws instead.
 *
 * @example
 * ```ts
 * import { findDocument } from 'mnd-mps-coordination';
 * const document = findDocument('decree-03-2019-nd-cp');
 * if (document) console.log(document.issued?.edtf);
 * ```
 * @category Lookups
 */
export function findDocument(id: string): DocumentRecord | undefined;
export function findDocument(id: string, dataset: Dataset): RecordOf<'documents'> | undefined;
export function findDocument(id: string, dataset?: Dataset): RecordOf<'documents'> | undefined {
  return findIn(lookupArguments(id, dataset), 'documents', id);
}
