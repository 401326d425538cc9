import { expect, it } from 'vitest';
import { conflictClaimsDistinct } from '../../src/dataset/rules/conflict-claims-distinct.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset and catches a conflict whose claims agree', () => {
  const dataset = datasetCopy();
  expect(runRule(conflictClaimsDistinct, dataset)).toEqual([]);
  const claims = recordIn(dataset, 'conflicts', 'nguyen-tan-cuong-rank-2024').claims;
  claims[1]!.value = claims[0]!.value;
  expect(runRule(conflictClaimsDistinct, dataset)).toEqual([
    'conflicts/nguyen-tan-cuong-rank-2024: claims[1].value: "Senior Lieutenant General" is already claim 0',
  ]);
});
