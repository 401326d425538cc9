import { expect, it } from 'vitest';
import { uniqueIds } from '../../src/dataset/rules/unique-ids.js';
import { datasetCopy } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset and catches a repeated id', () => {
  const dataset = datasetCopy();
  expect(runRule(uniqueIds, dataset)).toEqual([]);
  dataset.people.push(structuredClone(dataset.people[0]!));
  expect(runRule(uniqueIds, dataset)).toEqual([
    'people/luong-tam-quang: id: id "luong-tam-quang" is used by 2 records in people',
  ]);
});
