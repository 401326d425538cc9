import { expect, it } from 'vitest';
import { claimsCiteMeetingSources } from '../../src/dataset/rules/claims-cite-meeting-sources.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(claimsCiteMeetingSources, datasetCopy())).toEqual([]);
});

it('catches a claim dated by a meeting its evidence does not report', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'people', 'tran-quoc-to').ranks[0]!.meeting = 'annual-review-2024';
  expect(runRule(claimsCiteMeetingSources, dataset)).toEqual([
    'people/tran-quoc-to: ranks[0].evidence[0].source: cites "bocongan-t8111", which does not report meeting "annual-review-2024"',
  ]);
});

it('catches a metric attached to the wrong meeting', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'metrics', 'annual-review-2022-links-removed').meeting = 'annual-review-2024';
  expect(runRule(claimsCiteMeetingSources, dataset)).toEqual([
    'metrics/annual-review-2022-links-removed: evidence[0].source: cites "qdnd-549232", which does not report meeting "annual-review-2024"',
  ]);
});
