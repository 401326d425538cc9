import type * as z from 'zod';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import type { COLLECTION_SCHEMAS } from '../../src/dataset/collections.js';
import type { CollectionName } from '../../src/schemas/conflict.js';

/** A mutable deep copy of the bundled dataset, for tests that break one record on purpose. */
export type MutableDataset = { [C in CollectionName]: z.infer<(typeof COLLECTION_SCHEMAS)[C]>[] };

export function datasetCopy(): MutableDataset {
  return structuredClone(bundledDataset) as unknown as MutableDataset;
}

/** The record with `id` in a collection of a mutable dataset, failing loudly when absent. */
export function recordIn<C extends CollectionName>(
  dataset: MutableDataset,
  collection: C,
  id: string,
): MutableDataset[C][number] {
  const record = (dataset[collection] as { id: string }[]).find((candidate) => candidate.id === id);
  if (!record) throw new Error(`no ${collection} record ${id} in the test dataset`);
  return record as MutableDataset[C][number];
}
