import { expect, it } from 'vitest';
import { inferenceFieldsExist } from '../../src/dataset/rules/inference-fields-exist.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset and catches an inference about a field the record lacks', () => {
  const dataset = datasetCopy();
  expect(runRule(inferenceFieldsExist, dataset)).toEqual([]);
  recordIn(dataset, 'meetings', 'annual-review-2022').inferences[0]!.field = 'source';
  expect(runRule(inferenceFieldsExist, dataset)).toEqual([
    'meetings/annual-review-2022: inferences[0].field: the record has no field "source"',
  ]);
});
