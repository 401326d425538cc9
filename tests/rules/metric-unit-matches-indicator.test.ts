import { expect, it } from 'vitest';
import { metricUnitMatchesIndicator } from '../../src/dataset/rules/metric-unit-matches-indicator.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset and catches a unit that differs from the indicator', () => {
  const dataset = datasetCopy();
  expect(runRule(metricUnitMatchesIndicator, dataset)).toEqual([]);
  recordIn(dataset, 'metrics', 'annual-review-2024-drug-cases').unit = 'case';
  expect(runRule(metricUnitMatchesIndicator, dataset)).toEqual([
    'metrics/annual-review-2024-drug-cases: unit: unit "case" differs from the unit of indicator "drug-cases-fought" ("cases")',
  ]);
});
