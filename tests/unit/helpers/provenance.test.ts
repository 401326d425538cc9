import { describe, expect, it } from 'vitest';
import {
  citedOnlyFacts,
  conflictsFor,
  evidenceFor,
  inferredFacts,
} from '../../../src/helpers/provenance.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('facts that rest on cited pages alone', () => {
  it('citedOnlyFacts lists each list of evidence that holds no quote, with its pages', () => {
    expect(
      citedOnlyFacts({ dataset, collection: 'people', id: 'le-van-a' }).map((fact) => [
        fact.field,
        fact.sources,
      ]),
    ).toEqual([
      ['ranks[3].asOf.evidence', ['page']],
      ['ranks[3].evidence', ['page']],
      ['positions[0].evidence', ['page']],
      ['evidence', ['page']],
    ]);
    expect(citedOnlyFacts({ dataset, collection: 'metrics', id: 'links-2021' })).toEqual([]);
  });
});

describe('evidenceFor', () => {
  it('lists every piece of evidence of a record, in record order, with its kind and source', () => {
    const items = evidenceFor('meetings', 'review-2022', { dataset });
    expect(items.map((item) => [item.field, item.evidence.kind, item.source.id])).toEqual([
      ['date.evidence[0]', 'quote', 'article'],
      ['periodReviewed.evidence[0]', 'quote', 'article'],
      ['participants[0].evidence[0]', 'quote', 'article'],
      ['participants[1].evidence[0]', 'quote', 'article'],
      ['participants[2].evidence[0]', 'cited', 'page'],
      ['evidence[0]', 'quote', 'article'],
      ['evidence[1]', 'cited', 'page'],
    ]);
  });

  it('names the record by its collection and id, and says what is wrong with either', () => {
    expect(evidenceFor('people', 'le-van-a', { dataset })).toHaveLength(11);
    expect(() => evidenceFor('people', 'nothing-at-all', { dataset })).toThrow(
      /no people record has id "nothing-at-all"/,
    );
    expect(() => evidenceFor('nope' as never, 'x' as never, { dataset })).toThrow(
      /^collection: expected one of/,
    );
  });
});

describe('conflictsFor and inferredFacts', () => {
  it('conflictsFor gives the disagreements recorded about a record', () => {
    expect(conflictsFor('people', 'le-van-a', { dataset }).map((conflict) => conflict.id)).toEqual([
      'le-van-a-rank-2022',
    ]);
    expect(conflictsFor('people', 'tran-thi-b', { dataset })).toEqual([]);
  });

  it('inferredFacts lists every inferred fact with its reasoning, or those of one record', () => {
    expect(
      inferredFacts({ dataset }).map((fact) => [fact.collection, fact.id, fact.field]),
    ).toEqual([
      ['meetings', 'review-2020-h1', 'date'],
      ['meetings', 'review-2021', 'date'],
      ['metrics', 'households-2022', 'period'],
    ]);
    expect(inferredFacts({ dataset, collection: 'meetings', id: 'review-2021' })[0]?.note).toMatch(
      /taken to be in that year/,
    );
  });
});
