import { expect, it } from 'vitest';
import { metricGroupsConsistent } from '../../src/dataset/rules/metric-groups-consistent.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(metricGroupsConsistent, datasetCopy())).toEqual([]);
});

it('catches a group named like one of its metrics', () => {
  const dataset = datasetCopy();
  for (const id of [
    'annual-review-2024-quang-ninh-foreign-fishing-cases',
    'annual-review-2024-quang-ninh-foreign-fishing-vessels',
  ]) {
    recordIn(dataset, 'metrics', id).group =
      'annual-review-2024-quang-ninh-foreign-fishing-vessels';
  }
  expect(runRule(metricGroupsConsistent, dataset)).toEqual([
    'metrics/annual-review-2024-quang-ninh-foreign-fishing-cases: group: group "annual-review-2024-quang-ninh-foreign-fishing-vessels" is also a metric id; name the group after the figure, not one of its parts',
    'metrics/annual-review-2024-quang-ninh-foreign-fishing-vessels: group: group "annual-review-2024-quang-ninh-foreign-fishing-vessels" is also a metric id; name the group after the figure, not one of its parts',
  ]);
});

it('catches a group member with another scope, and a group of one', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'metrics', 'annual-review-2024-quang-ninh-foreign-fishing-vessels').scope.area =
    'Nghe An';
  recordIn(dataset, 'metrics', 'annual-review-2024-peak-plans').group = 'lonely';
  expect(runRule(metricGroupsConsistent, dataset)).toEqual([
    'metrics/annual-review-2024-peak-plans: group: group "lonely" has only this metric; a group joins the parts of one figure',
    'metrics/annual-review-2024-quang-ninh-foreign-fishing-vessels: scope: differs from "annual-review-2024-quang-ninh-foreign-fishing-cases" in the same group "annual-review-2024-quang-ninh-foreign-fishing"',
  ]);
});
