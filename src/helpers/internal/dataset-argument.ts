import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { assertDataset, type Dataset } from '../../dataset/dataset.js';

/** The dataset a helper works on: the one given (checked), or the bundled one. */
export function datasetArgument(dataset: unknown): Dataset {
  const chosen = dataset ?? bundledDataset;
  assertDataset(chosen);
  return chosen;
}
