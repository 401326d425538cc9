import { describe, expect, it } from 'vitest';
import { groupTimeline, InvalidArgumentError, InvalidDateError, InvalidRangeError, positionsAt, rankAt, timeline, UnknownIdError } from '../../src/index.js';

describe('timeline', () => {
  it('lists the meetings and dated documents in date order', () => {
    expect(timeline({ kinds: ['meeting', 'document-issued'] }).map((event) => [event.kind, event.record.id, event.date.edtf])).toEqual([
      ['document-issued', 'resolution-28-politburo-defensive-areas', '2008~'],
      ['meeting', 'standing-agencies-review-2018-q3', '2018'],
      ['document-issued', 'decree-03-2019-nd-cp', '2019-09-05'],
      ['meeting', 'semiannual-review-2021-h1', '2021-07-16'],
      ['meeting', 'annual-review-2022', '2023-02-09'],
      ['meeting', 'annual-review-2024', '2025-01-15'],
    ]);
  });

  it('gives each rank as reported, with its source: which ranks did the articles give Nguyen Tan Cuong?', () => {
    expect(timeline({ person: 'nguyen-tan-cuong', kinds: ['rank'] }).map((event) => [event.date.edtf, event.label, event.evidence[0]?.source])).toEqual([
      ['2021-07-16', 'Nguyen Tan Cuong: Senior Lieutenant General', 'bocongan-t8111'],
      ['2023-02-09', 'Nguyen Tan Cuong: Senior Lieutenant General', 'baonghean-10250316'],
      ['2023-02-09', 'Nguyen Tan Cuong: General', 'qdnd-549232'],
      ['2025-01-15', 'Nguyen Tan Cuong: Senior Lieutenant General', 'vietnamvn-giao-ban-2024'],
      ['2025-01-15', 'Nguyen Tan Cuong: Senior General', 'vietnamvn-giao-ban-2024'],
    ]);
  });

  it('keeps an event whose date overlaps the range, even when it is coarser than the range', () => {
    expect(timeline({ from: '2018-07', to: '2018-09', kinds: ['meeting'] }).map((event) => event.record.id)).toEqual(['standing-agencies-review-2018-q3']);
    expect(timeline({ from: '2019-01-01', to: '2019-12-31', kinds: ['meeting'] })).toEqual([]);
  });

  it('filters by organization and by document', () => {
    expect(timeline({ organization: 'nghe-an-provincial-police' }).map((event) => event.id)).toEqual(['meeting:annual-review-2022']);
    expect(timeline({ document: 'decree-77' }).map((event) => event.id)).toEqual(['meeting:standing-agencies-review-2018-q3']);
  });

  it('rejects bad dates, reversed ranges, unknown kinds and unknown ids with typed errors', () => {
    expect(() => timeline({ from: '2023-02-30' })).toThrow(InvalidDateError);
    expect(() => timeline({ from: 2023 as never })).toThrow('from: expected a Date or a date string such as "2023" or "2023-02-09", got number');
    expect(() => timeline({ from: new Date(Number.NaN) })).toThrow(InvalidDateError);
    expect(() => timeline({ from: '2024', to: '2023' })).toThrow(InvalidRangeError);
    expect(() => timeline({ kinds: ['speech' as never] })).toThrow(InvalidArgumentError);
    expect(() => timeline({ person: 'nguyen-tan-cuon' })).toThrow(UnknownIdError);
  });

  it('accepts Date objects as calendar days', () => {
    expect(timeline({ from: new Date(2023, 1, 9), to: new Date(2023, 1, 9), kinds: ['meeting'] }).map((event) => event.record.id)).toEqual(['annual-review-2022']);
  });
});

describe('groupTimeline', () => {
  it('what happened in 2023, quarter by quarter?', () => {
    const quarters = groupTimeline(timeline({ from: '2023', to: '2023' }), 'quarter', { from: '2023', to: '2023' });
    expect(quarters.map((quarter) => quarter.key)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
    expect(quarters[0]?.events.filter((event) => event.kind === 'meeting').map((event) => event.record.id)).toEqual(['annual-review-2022']);
    expect(quarters.slice(1).every((quarter) => quarter.events.length === 0 && quarter.spanning.length === 0)).toBe(true);
  });

  it('reports a year-precision meeting as spanning every quarter of its year, not in one of them', () => {
    const quarters = groupTimeline(timeline({ kinds: ['meeting'], from: '2018', to: '2018' }), 'quarter');
    expect(quarters.map((quarter) => [quarter.key, quarter.events.length, quarter.spanning.map((event) => event.record.id)])).toEqual([
      ['2018-Q1', 0, ['standing-agencies-review-2018-q3']],
      ['2018-Q2', 0, ['standing-agencies-review-2018-q3']],
      ['2018-Q3', 0, ['standing-agencies-review-2018-q3']],
      ['2018-Q4', 0, ['standing-agencies-review-2018-q3']],
    ]);
    expect(groupTimeline(timeline({ kinds: ['meeting'], from: '2018', to: '2018' }), 'year').map((year) => [year.key, year.events.length])).toEqual([['2018', 1]]);
  });

  it('makes month buckets with their first and last days, empty ones included', () => {
    const months = groupTimeline([], 'month', { from: '2024-01', to: '2024-03' });
    expect(months.map((month) => [month.key, month.start, month.end])).toEqual([
      ['2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
    ]);
    expect(groupTimeline([], 'year')).toEqual([]);
  });

  it('rejects an unknown unit', () => {
    expect(() => groupTimeline([], 'week' as never)).toThrow(InvalidArgumentError);
  });
});

describe('rankAt and positionsAt', () => {
  it('gives the claims in force at a date, from the latest report before it', () => {
    const before = rankAt('tran-quoc-to', '2022-01-01');
    expect(before).toMatchObject({ ranks: ['trung-tuong'], agreed: true, certain: true });
    expect(before.claims.map((claim) => claim.asReported)).toEqual(['Lieutenant General']);
    expect(rankAt('tran-quoc-to', '2024').ranks).toEqual(['thuong-tuong']);
  });

  it('reports disagreeing claims with the recorded conflict between them', () => {
    const at = rankAt('nguyen-tan-cuong', '2025-02-01');
    expect(at.claims.map((claim) => claim.asReported)).toEqual(['Senior Lieutenant General', 'Senior General']);
    expect(at.agreed).toBe(false);
    expect(at.conflicts.map((conflict) => conflict.id)).toEqual(['nguyen-tan-cuong-rank-2024']);
    expect(rankAt('nguyen-tan-cuong', '2023-03-01').conflicts.map((conflict) => conflict.id)).toEqual(['nguyen-tan-cuong-rank-2022-short-form']);
  });

  it('knows nothing before the first report, and is uncertain about a report inside a coarse date', () => {
    expect(rankAt('tran-quoc-to', '2020')).toMatchObject({ claims: [], asOf: null, agreed: false, certain: false });
    expect(rankAt('tran-quoc-to', '2021')).toMatchObject({ ranks: ['trung-tuong'], certain: false });
  });

  it('lists each position as last reported, every wording of it', () => {
    const positions = positionsAt('nguyen-tan-cuong', '2023-06-01').positions;
    const minister = positions.find((position) => position.organization === 'ministry-of-national-defence');
    expect(minister?.asOf.edtf).toBe('2023-02-09');
    expect(minister?.claims.map((claim) => claim.asReported).sort()).toEqual(['Deputy Defense Minister', 'Deputy Minister of National Defense']);
    expect(positions.map((position) => position.organization)).toContain('central-military-commission-standing-committee');
    expect(positionsAt('nguyen-tan-cuong', '2023-06-01').conflicts.map((conflict) => conflict.id)).toEqual(['nguyen-tan-cuong-cmc-membership-2022']);
    expect(positionsAt('luong-tam-quang', '2017').positions).toEqual([]);
  });

  it('rejects unknown people and bad dates', () => {
    expect(() => rankAt('nobody', '2023')).toThrow(UnknownIdError);
    expect(() => positionsAt('tran-quoc-to', 'yesterday')).toThrow(InvalidDateError);
  });
});
