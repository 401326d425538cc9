import { expect, it } from 'vitest';
import { meetingSourcesCited } from '../../src/dataset/rules/meeting-sources-cited.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(meetingSourcesCited, datasetCopy())).toEqual([]);
});

it('catches a listed source the meeting never quotes', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'meetings', 'annual-review-2024').sources.push('qdnd-549232');
  expect(runRule(meetingSourcesCited, dataset)).toEqual([
    'meetings/annual-review-2024: sources[1]: source "qdnd-549232" is listed but the meeting\'s evidence quotes nothing from it',
  ]);
});

it('catches a quote from a source the meeting does not list', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'meetings', 'annual-review-2022').sources = ['baonghean-10250316'];
  expect(runRule(meetingSourcesCited, dataset)).toContain(
    'meetings/annual-review-2022: evidence[1].source: evidence cites "qdnd-549232", which is not among the meeting\'s sources',
  );
});
