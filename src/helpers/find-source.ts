import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { SourceRecord } from '../generated/sources.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The source with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getSource` throws instead.
 *
 * @example
 * ```ts
 * import { findSource } from 'mnd-mps-coordination';
 * const source = findSource('qdnd-549232');
 * if (source) console.log(source.publisher?.name);
 * ```
 * @category Lookups
 */
export function findSource(id: string): SourceRecord | undefined;
export function findSource(id: string, dataset: Dataset): RecordOf<'sources'> | undefined;
export function findSource(id: string, dataset?: Dataset): RecordOf<'sources'> | undefined {
  return findIn(lookupArguments(id, dataset), 'sources', id);
}
