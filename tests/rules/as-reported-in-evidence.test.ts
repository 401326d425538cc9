import { expect, it } from 'vitest';
import { asReportedInEvidence } from '../../src/dataset/rules/as-reported-in-evidence.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(asReportedInEvidence, datasetCopy())).toEqual([]);
});

it('catches words that no quote backs, in every kind of record', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'organizations', 'ministry-of-national-defence').abbreviations.push('MOND');
  recordIn(dataset, 'people', 'tran-quoc-to').ranks[1]!.asReported = 'Colonel General';
  recordIn(dataset, 'documents', 'decree-77').title = 'Decree No. 77/2010/ND-CP';
  recordIn(dataset, 'metrics', 'annual-review-2024-drug-cases').quantity.asReported = 'over 100';
  recordIn(dataset, 'conflicts', 'nguyen-tan-cuong-rank-2024').claims[1]!.value = 'Colonel General';
  expect(runRule(asReportedInEvidence, dataset)).toEqual([
    'organizations/ministry-of-national-defence: abbreviations[2]: "MOND" is not written in any quote of the record',
    'people/tran-quoc-to: ranks[1].asReported: "Colonel General" is not written in every quote that backs it',
    'documents/decree-77: title: "Decree No. 77/2010/ND-CP" is not written in any quote of the record',
    'metrics/annual-review-2024-drug-cases: quantity.asReported: "over 100" is not written in every quote that backs it',
    'conflicts/nguyen-tan-cuong-rank-2024: claims[1].value: "Colonel General" is not written in every quote that backs it',
  ]);
});
