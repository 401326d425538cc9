import { describe, expect, it } from 'vitest';
import { rankAt } from '../../src/helpers/claims-at.js';
import { meetingStats } from '../../src/helpers/meeting-stats.js';
import { metricSeries } from '../../src/helpers/metric-series.js';
import { recordsInPlace } from '../../src/helpers/places.js';
import {
  citedOnlyFacts,
  conflictsFor,
  evidenceFor,
  inferredFacts,
} from '../../src/helpers/provenance.js';
import { summarizeDataset } from '../../src/helpers/summary.js';
import { formatSummary } from '../../src/cli/commands/summary.js';
import { fixture } from '../support/fixture.js';

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

  it('quotedOnly answers from quote-verified facts: a promotion on a cited page does not count', () => {
    // The promotion to Đại tướng (20 October 2024) rests on a cited page: with it, that rank is in
    // force; without it, the latest quoted report (9 February 2023) gives two ranks, unresolved.
    expect(rankAt('le-van-a', '2025-01-01', { dataset })).toMatchObject({
      rank: 'dai-tuong',
      basis: 'promotion',
    });
    expect(rankAt('le-van-a', '2025-01-01', { dataset, quotedOnly: true })).toMatchObject({
      rank: null,
      basis: null,
      ranks: ['trung-tuong', 'thuong-tuong'],
    });
    expect(evidenceFor('meetings', 'review-2022', { dataset, quotedOnly: true })).toHaveLength(5);
    expect(recordsInPlace('quang-ninh', { dataset, quotedOnly: true }).places).toEqual([
      dataset.places.find((place) => place.id === 'quang-ninh'),
    ]);
    expect(
      metricSeries('households', { dataset, quotedOnly: true }).map((point) => point.lower),
    ).toEqual([null]);
    expect(meetingStats({ dataset, by: 'year', quotedOnly: true }).map((row) => row.count)).toEqual(
      [1, 1, 1],
    );
    expect(() => rankAt('le-van-a', '2025', { dataset, quotedOnly: 1 as never })).toThrow(
      /quotedOnly: expected true or false/,
    );
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

describe('summary', () => {
  it('counts the records, lists the national meetings and the headline metrics, and counts the inferred facts', () => {
    const summary = summarizeDataset({ dataset });
    expect(summary.counts).toMatchObject({ meetings: 3, metrics: 4, people: 2, redirects: 1 });
    expect(
      summary.meetings.map((meeting) => [
        meeting.date,
        meeting.dateInferred,
        meeting.periodReviewed,
        meeting.coChairs.join(' & '),
      ]),
    ).toEqual([
      ['31 Jul 2020', true, 'H1 2020', 'Le Van A & Tran Thi B'],
      ['2021', true, '2021', ''],
      ['9 Feb 2023', false, '2022', 'Le Van A & Tran Thi B'],
    ]);
    expect(summary.headlineMetrics.map((metric) => `${metric.period} ${metric.quantity}`)).toEqual([
      '2021 12 cases',
      '2021 more than 100 links',
      '2022 more than 200 links',
    ]);
    expect(summary.localMetricCounts).toEqual([{ place: 'Quang Ninh', count: 1 }]);
    expect(summary.inferredCount).toBe(3);
    const text = formatSummary(summary);
    expect(text).toContain(
      '  31 Jul 2020*  review-2020-h1  reviews H1 2020; chaired by Le Van A and Tran Thi B; 0 metrics; 1 source',
    );
    expect(text).toContain('Inferred facts (each with its reasoning): 3.');
  });
});
