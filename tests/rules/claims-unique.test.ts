import { expect, it } from 'vitest';
import { claimsUnique } from '../../src/dataset/rules/claims-unique.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(claimsUnique, datasetCopy())).toEqual([]);
});

it('catches the same claim written twice for one meeting', () => {
  const dataset = datasetCopy();
  const person = recordIn(dataset, 'people', 'luong-tam-quang');
  person.positions.push(structuredClone(person.positions[0]!));
  expect(runRule(claimsUnique, dataset)).toEqual([
    'people/luong-tam-quang: positions[1]: repeats positions[0] (same meeting and wording); add the evidence there instead',
  ]);
});
