import type { DatasetRecords } from './collections.js';
import type { Problem } from './problem.js';
import { type CheckContext, indexDataset, type Rule } from './rule.js';
import { RULES } from './rules/index.js';

/** Runs every whole-dataset rule (or the given ones) and returns every problem found. */
export function checkDataset(
  dataset: DatasetRecords,
  context: CheckContext = {},
  rules: readonly Rule[] = RULES,
): Problem[] {
  const index = indexDataset(dataset);
  return rules.flatMap((rule) =>
    rule.check(dataset, context, index).map((finding) => ({ rule: rule.name, ...finding })),
  );
}
