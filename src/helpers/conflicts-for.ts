import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { optionsArgument } from './internal/options-argument.js';
import { type RecordReference, resolveRecordArgument } from './internal/record-argument.js';

/**
 * The recorded disagreements about a record (between sources or inside one), each with every
 * claim and its evidence. Name the record by the record itself, its id, or `{ collection, id }`;
 * retired ids resolve. A record without disagreements gives an empty list.
 *
 * @example
 * ```ts
 * import { conflictsFor } from 'mnd-mps-coordination';
 * for (const conflict of conflictsFor('nguyen-tan-cuong')) {
 *   console.log(conflict.kind, conflict.field, conflict.claims.map((claim) => claim.value).join(' vs '));
 * }
 * ```
 * @category Provenance
 */
export function conflictsFor(
  record: RecordReference,
  options?: { readonly dataset?: Dataset },
): RecordOf<'conflicts'>[] {
  const dataset = datasetArgument(optionsArgument(options).dataset);
  const { collection, record: resolved } = resolveRecordArgument(dataset, record);
  return dataset.conflicts.filter(
    (conflict) => conflict.record.collection === collection && conflict.record.id === resolved.id,
  );
}
