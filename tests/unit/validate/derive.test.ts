import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { getRecord } from '../../../src/helpers/lookups.js';
import { metricSeries } from '../../../src/helpers/metric-series.js';
import { createDataset } from '../../../src/validate/validate-records.js';
import { fixture } from '../../support/fixture.js';

describe('createDataset derives the fields the published records add', () => {
  it('derives back-references and claim dates, sorts by id and freezes everything', () => {
    const dataset = fixture();
    expect(dataset.meetings.map((meeting) => [meeting.id, meeting.metrics])).toEqual([
      ['review-2020-h1', []],
      ['review-2021', ['drugs-2021', 'links-2021']],
      ['review-2022', ['households-2022', 'links-2022']],
    ]);
    expect(dataset.sources.map((source) => [source.id, source.reports])).toEqual([
      ['article', ['review-2020-h1', 'review-2021', 'review-2022']],
      ['page', ['review-2022']],
    ]);
    expect(dataset.people[0]?.ranks[1]?.asOf.edtf).toBe('2023-02-09');
    expect(
      Object.isFrozen(dataset) &&
        Object.isFrozen(dataset.meetings) &&
        Object.isFrozen(dataset.meetings[0]?.date.evidence[0]),
    ).toBe(true);
    expect(() => (dataset.meetings as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('derives the level of meetings and scopes from their place', () => {
    const dataset = fixture();
    expect(dataset.metrics.map((metric) => [metric.id, metric.scope])).toEqual([
      ['drugs-2021', { level: 'national', place: null }],
      ['households-2022', { level: 'province', place: 'quang-ninh' }],
      ['links-2021', { level: 'national', place: null }],
      ['links-2022', { level: 'national', place: null }],
    ]);
    expect(dataset.meetings.map((meeting) => meeting.level)).toEqual([
      'national',
      'national',
      'national',
    ]);
  });

  it('recomputes derived fields given in the input, so bundled records can be reused with fewer metrics', () => {
    const dataset = createDataset({
      ...bundled,
      metrics: bundled.metrics.filter((metric) => metric.scope.level === 'national'),
    });
    expect(getRecord('meetings', 'annual-review-2024', { dataset }).metrics).toHaveLength(5);
    expect(metricSeries('links-removed', { dataset }).map((point) => point.period.edtf)).toEqual([
      '2022',
      '2024',
    ]);
  });
});
