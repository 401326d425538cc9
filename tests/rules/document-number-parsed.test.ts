import { expect, it } from 'vitest';
import { documentNumberParsed } from '../../src/dataset/rules/document-number-parsed.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset', () => {
  expect(runRule(documentNumberParsed, datasetCopy())).toEqual([]);
});

it('catches parts that disagree with the number as written', () => {
  const dataset = datasetCopy();
  const number = recordIn(dataset, 'documents', 'decree-03-2019-nd-cp').number!;
  number.raw = '03/2019/NĐ-CP';
  number.year = 2018;
  expect(runRule(documentNumberParsed, dataset)).toEqual([
    'documents/decree-03-2019-nd-cp: number.year: "03/2019/NĐ-CP" gives year 2019, not 2018',
  ]);
  number.ascii = '03/2019/NĐ-CP';
  expect(runRule(documentNumberParsed, dataset)).toContain(
    'documents/decree-03-2019-nd-cp: number.ascii: must be "03/2019/ND-CP" (raw folded to ASCII), not "03/2019/NĐ-CP"',
  );
});
