import type { DatasetRecords } from '../../src/dataset/collections.js';
import { checkDataset } from '../../src/dataset/check-dataset.js';
import { formatProblem } from '../../src/dataset/problem.js';
import type { CheckContext, Rule } from '../../src/dataset/rule.js';
import type { MutableDataset } from './dataset-copy.js';

/** The problems one rule finds, formatted as "collection/id: path: message". */
export function runRule(
  rule: Rule,
  dataset: MutableDataset | DatasetRecords,
  context: CheckContext = {},
): string[] {
  return checkDataset(dataset as DatasetRecords, context, [rule]).map(formatProblem);
}
