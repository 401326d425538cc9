import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/cli/commands/summary.js';
import { summarizeDataset } from '../../../src/helpers/summary.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

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
    expect(summary.localMetricCounts).toEqual([
      { place: 'quang-ninh', name: 'Quang Ninh', count: 1 },
    ]);
    expect(summary.inferredCount).toBe(3);
    const text = formatSummary(summary);
    expect(text).toContain(
      '  31 Jul 2020*  review-2020-h1  reviews H1 2020; chaired by Le Van A and Tran Thi B; 0 metrics; 1 source',
    );
    // The meeting of 2021 names no co-chair, and says so.
    expect(text).toMatch(/^ {2}2021\* +\S+ +reviews 2021; no co-chair named; /m);
    expect(text).toContain('Inferred facts (each with its reasoning): 3.');
  });
});
