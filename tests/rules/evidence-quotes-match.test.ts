import { expect, it } from 'vitest';
import { evidenceQuotesMatch } from '../../src/dataset/rules/evidence-quotes-match.js';
import { datasetCopy, recordIn } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';
import { sourceTexts } from '../helpers/source-texts.js';

const texts = sourceTexts();

it('passes the real dataset with its texts', () => {
  expect(runRule(evidenceQuotesMatch, datasetCopy(), { texts })).toEqual([]);
});

it('catches offsets that do not hold the quote, and says where it is', () => {
  const dataset = datasetCopy();
  const evidence = recordIn(dataset, 'people', 'phan-dai-nghia').ranks[0]!.evidence[0]!;
  evidence.start += 1;
  evidence.end += 1;
  expect(runRule(evidenceQuotesMatch, dataset, { texts })).toEqual([
    'people/phan-dai-nghia: ranks[0].evidence[0]: quote "Colonel Phan Dai Nghia" is at 1438-1460 in baonghean-10250316, not at 1439-1461 (which holds "olonel Phan Dai Nghia,")',
  ]);
});

it('catches a quote that is not in the source at all', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'organizations', 'politburo').evidence[0]!.quote =
    'the Resolution of the Polit bureau';
  expect(runRule(evidenceQuotesMatch, dataset, { texts })).toEqual([
    'organizations/politburo: evidence[0]: quote "the Resolution of the Polit bureau" is not in the text of baonghean-10250316',
  ]);
});

it('checks nothing without texts', () => {
  const dataset = datasetCopy();
  recordIn(dataset, 'organizations', 'politburo').evidence[0]!.quote = 'changed';
  expect(runRule(evidenceQuotesMatch, dataset)).toEqual([]);
});
