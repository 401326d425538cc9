import { expect, it } from 'vitest';
import { rankCodeMatchesRendering } from '../../src/dataset/rules/rank-code-matches-rendering.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(rankCodeMatchesRendering, datasetCopy())).toEqual([]);
});

it('catches a code the words cannot stand for, and words no rank is rendered as', () => {
  const dataset = datasetCopy();
  const ranks = recordIn(dataset, 'people', 'tran-quoc-to').ranks;
  ranks[0]!.rank = 'thuong-tuong';
  ranks[1]!.asReported = 'Commissioner';
  expect(runRule(rankCodeMatchesRendering, dataset)).toEqual([
    'people/tran-quoc-to: ranks[0].rank: "Lieutenant General" renders trung-tuong, not thuong-tuong (Thượng tướng)',
    'people/tran-quoc-to: ranks[1].rank: "Commissioner" is not a known rendering of any rank; set rank to null with a note, or add the rendering to RANKS',
  ]);
});
