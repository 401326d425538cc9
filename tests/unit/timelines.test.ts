import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { positionsAt, rankAt } from '../../src/helpers/claims-at.js';
import { groupTimeline } from '../../src/helpers/group-timeline.js';
import { timeline } from '../../src/helpers/timeline.js';
import { fixture } from '../support/fixture.js';

const dataset = fixture();

describe('timeline', () => {
  it('lists every dated event by first day, last day, kind and record', () => {
    expect(timeline({ dataset }).map((event) => event.id)).toEqual([
      'document-issued:decree-03',
      'meeting:review-2020-h1',
      'rank:le-van-a:0',
      'rank:tran-thi-b:0',
      'meeting:review-2021',
      'meeting:review-2022',
      'rank:le-van-a:1',
      'rank:le-van-a:2',
      'position:le-van-a:0',
      'rank:le-van-a:3',
    ]);
  });

  it('shows a promotion on its own date, as a promotion, and leaves out cited-only events on request', () => {
    const promotion = timeline({ dataset, from: '2024' });
    expect(promotion.map((event) => [event.kind, event.date.edtf, event.label])).toEqual([
      ['promotion', '2024-10-20', 'Le Van A: Đại tướng'],
    ]);
    // The promotion and the position claim rest on the cited page alone.
    expect(timeline({ dataset, quotedOnly: true }).map((event) => event.id)).toEqual([
      'document-issued:decree-03',
      'meeting:review-2020-h1',
      'rank:le-van-a:0',
      'rank:tran-thi-b:0',
      'meeting:review-2021',
      'meeting:review-2022',
      'rank:le-van-a:1',
      'rank:le-van-a:2',
    ]);
    expect(() => timeline({ dataset, quotedOnly: 'yes' as never })).toThrow(
      'quotedOnly: expected true or false, got "yes"',
    );
  });

  it('keeps an event whose dates overlap the range, however coarse', () => {
    expect(timeline({ dataset, from: '2021-06', to: '2021-06' }).map((event) => event.id)).toEqual([
      'meeting:review-2021',
    ]);
    expect(
      timeline({ dataset, from: '2023-02-09', kinds: ['meeting'] }).map((event) => event.id),
    ).toEqual(['meeting:review-2022']);
  });

  it('narrows by person, organization and document', () => {
    expect(
      timeline({ dataset, person: 'tran-thi-b', kinds: ['meeting'] }).map((event) => event.meeting),
    ).toEqual(['review-2020-h1', 'review-2022']);
    expect(timeline({ dataset, organization: 'command-a' }).map((event) => event.id)).toEqual([
      'meeting:review-2022',
    ]);
    expect(timeline({ dataset, document: 'decree-03', kinds: ['document-issued'] })).toHaveLength(
      1,
    );
  });

  it('reads a Date as its UTC calendar day, in every time zone', () => {
    const day = new Date(Date.UTC(2023, 1, 9, 23, 30));
    expect(
      timeline({ dataset, from: day, to: day, kinds: ['meeting'] }).map((event) => event.id),
    ).toEqual(['meeting:review-2022']);
  });

  it('rejects what cannot be a filter, by class and with the forms it accepts', () => {
    expect(() => timeline({ dataset, persn: 'le-van-a' } as never)).toThrow(
      /unknown option "persn"; did you mean "person"/,
    );
    expect(() => timeline({ dataset, from: '2024', to: '2023' })).toThrow(
      /ends \(2023-12-31\) before it starts \(2024-01-01\)/,
    );
    expect(() => timeline({ dataset, from: '15/01/2025' })).toThrow(/looks like day\/month\/year/);
    expect(() => timeline({ dataset, from: '2023-02-30' })).toThrow(/not a calendar date/);
    expect(() => timeline({ dataset, from: new Date(Number.NaN) })).toThrow(InvalidArgumentError);
    expect(() => timeline({ dataset, from: new Date(Date.UTC(10000, 0, 1)) })).toThrow(
      /year 10000; dates run from year 0 to 9999/,
    );
    expect(() => timeline({ dataset, kinds: ['meetings' as never] })).toThrow(
      /unknown kind "meetings"/,
    );
  });
});

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

describe('rankAt and positionsAt', () => {
  it('give the rank of the latest report on or before a date', () => {
    expect(rankAt('le-van-a', '2021', { dataset })).toMatchObject({
      ranks: ['thieu-tuong'],
      agreed: true,
      certain: true,
      date: { start: '2021-01-01', end: '2021-12-31' },
    });
    expect(rankAt('le-van-a', '2019', { dataset })).toMatchObject({
      claims: [],
      ranks: [],
      agreed: false,
    });
  });

  it('keep both claims of a report that disagrees with itself, with the recorded conflict', () => {
    const at = rankAt('le-van-a', '2023-06-01', { dataset });
    expect(at.ranks).toEqual(['trung-tuong', 'thuong-tuong']);
    expect(at.agreed).toBe(false);
    expect(at.conflicts.map((conflict) => conflict.id)).toEqual(['le-van-a-rank-2022']);
  });

  it('are not certain when the date asked covers the report', () => {
    expect(rankAt('le-van-a', '2023', { dataset }).certain).toBe(false);
  });

  it('a rendering that does not settle the rank gives null', () => {
    expect(rankAt('tran-thi-b', '2024', { dataset })).toMatchObject({
      ranks: [null],
      agreed: false,
    });
  });

  it('list positions as last reported, marking those of the latest report current', () => {
    const at = positionsAt('le-van-a', '2024', { dataset });
    expect(
      at.positions.map((position) => [position.title, position.organization, position.current]),
    ).toEqual([['Member', 'ministry-a', true]]);
    expect(positionsAt('le-van-a', '2022', { dataset }).positions).toEqual([]);
  });

  it('check the person and the date', () => {
    expect(() => rankAt('nobody', '2024', { dataset })).toThrow(/no people record has id "nobody"/);
    expect(() => rankAt('le-van-a', 'yesterday', { dataset })).toThrow(/accepted forms/);
  });
});
