import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { CollectionName } from '../../schemas/conflict.js';

const key = (evidence: { readonly source: string; readonly start: number; readonly end: number }) =>
  `${evidence.source}@${evidence.start}-${evidence.end}`;

/** The recorded conflicts about a field of a record whose claims cite any of the given quotes. */
export function conflictsTouching(
  dataset: Dataset,
  collection: CollectionName,
  id: string,
  field: string,
  evidence: readonly { readonly source: string; readonly start: number; readonly end: number }[],
): RecordOf<'conflicts'>[] {
  const cited = new Set(evidence.map(key));
  return dataset.conflicts.filter(
    (conflict) =>
      conflict.record.collection === collection &&
      conflict.record.id === id &&
      conflict.field === field &&
      conflict.claims.some((claim) => claim.evidence.some((item) => cited.has(key(item)))),
  );
}
