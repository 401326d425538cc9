import { expect, it } from 'vitest';
import { referencesResolve } from '../../src/dataset/rules/references-resolve.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(referencesResolve, datasetCopy())).toEqual([]);
});

it('catches a dangling reference and suggests the closest ids', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'metrics', 'annual-review-2024-links-removed').indicator = 'link-removed';
  expect(runRule(referencesResolve, dataset)).toEqual([
    'metrics/annual-review-2024-links-removed: indicator: no indicators record has id "link-removed"; did you mean "links-removed"?',
  ]);
});

it('catches evidence from a source that does not exist', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'organizations', 'politburo').evidence[0]!.source = 'nowhere';
  expect(runRule(referencesResolve, dataset)).toEqual([
    'organizations/politburo: evidence[0].source: no sources record has id "nowhere"',
  ]);
});

it('does not report references to records that exist but failed to parse', () => {
  const dataset = datasetCopy();
  dataset.indicators = dataset.indicators.filter((indicator) => indicator.id !== 'links-removed');
  expect(
    runRule(referencesResolve, dataset, {
      unparsedIds: { indicators: new Set(['links-removed']) },
    }),
  ).toEqual([]);
});
