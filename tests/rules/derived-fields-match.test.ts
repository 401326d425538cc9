import { expect, it } from 'vitest';
import { derivedFieldsMatch } from '../../src/dataset/rules/derived-fields-match.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(derivedFieldsMatch, datasetCopy())).toEqual([]);
});

it("catches a claim whose asOf is not its meeting's date", () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'people', 'tran-quoc-to').ranks[0]!.asOf.edtf = '2021';
  expect(runRule(derivedFieldsMatch, dataset)).toEqual([
    'people/tran-quoc-to: ranks[0].asOf: asOf (2021) must equal the date of meeting "semiannual-review-2021-h1" (2021-07-16)',
  ]);
});

it('catches a meeting that lists the wrong metrics and a source that lists the wrong meetings', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'meetings', 'annual-review-2022').metrics = [];
  recordIn(dataset, 'sources', 'qdnd-498119').reports = ['annual-review-2022'];
  expect(runRule(derivedFieldsMatch, dataset)).toEqual([
    'meetings/annual-review-2022: metrics: metrics must be the metrics whose meeting is "annual-review-2022": [annual-review-2022-links-removed]',
    'sources/qdnd-498119: reports: reports must be the meetings that list "qdnd-498119" among their sources: [standing-agencies-review-2018-q3]',
  ]);
});
