import { expect, it } from 'vitest';
import { redirectsResolve } from '../../src/dataset/rules/redirects-resolve.js';
import { datasetCopy } from '../helpers/dataset-copy.js';
import { runRule } from '../helpers/run-rule.js';

it('passes the real dataset and a chain that ends at a live record', () => {
  const dataset = datasetCopy();
  expect(runRule(redirectsResolve, dataset)).toEqual([]);
  dataset.redirects.push(
    { id: 'old-a', collection: 'people', to: 'old-b', reason: 'renamed' },
    { id: 'old-b', collection: 'people', to: 'tran-quoc-to', reason: 'merged' },
  );
  expect(runRule(redirectsResolve, dataset)).toEqual([]);
});

it('catches a loop, a missing target and a redirect that shadows a live record', () => {
  const dataset = datasetCopy();
  dataset.redirects.push(
    { id: 'loop-a', collection: 'meetings', to: 'loop-b', reason: 'r' },
    { id: 'loop-b', collection: 'meetings', to: 'loop-a', reason: 'r' },
    { id: 'gone', collection: 'documents', to: 'nowhere', reason: 'r' },
    { id: 'politburo', collection: 'organizations', to: 'party-central-committee', reason: 'r' },
  );
  expect(runRule(redirectsResolve, dataset)).toEqual([
    'redirects/loop-a: to: redirects loop: loop-a -> loop-b -> loop-a',
    'redirects/loop-b: to: redirects loop: loop-b -> loop-a -> loop-b',
    'redirects/gone: to: leads to "nowhere", which is neither a documents record nor a redirect',
    'redirects/politburo: id: "politburo" is still a live organizations record; a redirect is only for a retired id',
  ]);
});
