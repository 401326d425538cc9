import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { DocumentId, DocumentRecord, RetiredDocumentId } from '../generated/documents.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The document with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findDocument` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getDocument } from 'mnd-mps-coordination';
 * const document = getDocument('decree-03-2019-nd-cp');
 * console.log(document.issued?.edtf);
 * ```
 * @category Lookups
 */
export function getDocument(id: DocumentId | RetiredDocumentId): DocumentRecord;
export function getDocument(id: string, dataset: Dataset): RecordOf<'documents'>;
export function getDocument(id: string, dataset?: Dataset): RecordOf<'documents'> {
  return getIn(lookupArguments(id, dataset), 'documents', id);
}
