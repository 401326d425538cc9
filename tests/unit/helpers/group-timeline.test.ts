import { describe, expect, it } from 'vitest';
import { groupTimeline } from '../../../src/helpers/group-timeline.js';
import { timeline } from '../../../src/helpers/timeline.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('groupTimeline', () => {
  it('buckets events by quarter, and spreads a coarser event over every bucket it overlaps', () => {
    const quarters = groupTimeline(timeline({ dataset }), 'quarter', { from: '2021', to: '2021' });
    expect(quarters.map((quarter) => [quarter.key, quarter.start, quarter.end])).toEqual([
      ['2021-Q1', '2021-01-01', '2021-03-31'],
      ['2021-Q2', '2021-04-01', '2021-06-30'],
      ['2021-Q3', '2021-07-01', '2021-09-30'],
      ['2021-Q4', '2021-10-01', '2021-12-31'],
    ]);
    for (const quarter of quarters) {
      expect(quarter.events).toEqual([]);
      expect(quarter.spanning.map((event) => event.id)).toEqual(['meeting:review-2021']);
    }
  });

  it('covers the range the events reach, empty buckets included', () => {
    const years = groupTimeline(timeline({ dataset }), 'year');
    expect(years.map((year) => [year.key, year.events.length, year.spanning.length])).toEqual([
      ['2019', 1, 0],
      ['2020', 3, 0],
      ['2021', 1, 0],
      ['2022', 0, 0],
      ['2023', 4, 0],
      ['2024', 1, 0],
    ]);
    expect(
      groupTimeline(timeline({ dataset, from: '2020-07', to: '2020-08' }), 'month', {
        from: '2020-07',
        to: '2020-08',
      }).map((month) => [month.key, month.end, month.events.length]),
    ).toEqual([
      ['2020-07', '2020-07-31', 3],
      ['2020-08', '2020-08-31', 0],
    ]);
  });

  it('handles days that some time zones skipped, and open-ended events', () => {
    const events = [
      { date: { earliest: '2011-12-30', latest: '2011-12-30' } },
      { date: { earliest: null, latest: '2012-01-15' } },
    ];
    expect(
      groupTimeline(events, 'month', { from: '2011-12', to: '2012-01' }).map((month) => [
        month.key,
        month.events.length,
        month.spanning.length,
      ]),
    ).toEqual([
      ['2011-12', 1, 1],
      ['2012-01', 0, 1],
    ]);
  });

  it('checks its arguments', () => {
    expect(() => groupTimeline(timeline({ dataset }), 'week' as never)).toThrow(
      /expected one of year, quarter, month/,
    );
    expect(() =>
      groupTimeline([{ date: { earliest: 'soon', latest: null } }] as never, 'year'),
    ).toThrow(/events\[0\]/);
    expect(groupTimeline([], 'year')).toEqual([]);
  });
});
