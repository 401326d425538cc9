import type { Dataset } from '../../dataset/dataset.js';

/** Caches a value derived from a dataset for as long as the dataset lives: built once, on first use. */
export function perDataset<T>(build: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = build(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
}
