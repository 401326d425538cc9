import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { SourceId, SourceRecord, RetiredSourceId } from '../generated/sources.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The source with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findSource` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getSource } from 'mnd-mps-coordination';
 * const source = getSource('qdnd-549232');
 * console.log(source.publisher?.name);
 * ```
 * @category Lookups
 */
export function getSource(id: SourceId | RetiredSourceId): SourceRecord;
export function getSource(id: string, dataset: Dataset): RecordOf<'sources'>;
export function getSource(id: string, dataset?: Dataset): RecordOf<'sources'> {
  return getIn(lookupArguments(id, dataset), 'sources', id);
}
