import { afterAll, describe, expect, it } from 'vitest';
import { groupTimeline, rankAt, timeline } from '../../src/index.js';
import { dayRange } from '../../src/helpers/internal/date-input.js';
import { readEdtf } from '../../src/lib/edtf.js';

/** Zones with large offsets, and two that skipped a whole day: Kiritimati (1994-12-31) and Samoa (2011-12-30). */
const ZONES = [
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'America/Los_Angeles',
  'Asia/Ho_Chi_Minh',
];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** Everything date-related the package computes, for some tricky days. */
function dateResults() {
  return {
    edtf: [
      '1994',
      '1994-12',
      '1994-12-31',
      '2011-12-30',
      '2011-12',
      '2024-02',
      '2023-02-29',
      '2018-36',
      '2021-41',
    ].map((edtf) => readEdtf(edtf)),
    dates: [
      new Date('1994-12-31T00:00:00Z'),
      new Date('2011-12-30T23:00:00Z'),
      new Date('2023-02-09'),
    ].map((date) => dayRange(date, 'date')),
    buckets: groupTimeline(
      [
        { date: { earliest: '1994-12-31', latest: '1994-12-31' } },
        { date: { earliest: '2011-12-30', latest: '2011-12-30' } },
      ],
      'month',
      { from: '1994-12', to: '1995-01' },
    ).map((bucket) => [bucket.key, bucket.start, bucket.end, bucket.events.length]),
    meetings: timeline({
      from: new Date('2023-02-09'),
      to: new Date('2023-02-09'),
      kinds: ['meeting'],
    }).map((event) => event.id),
    rank: rankAt('tran-quoc-to', '1994-12-31').date,
  };
}

describe('date results do not depend on the time zone', () => {
  it.each(ZONES)('%s gives the same results as UTC', (zone) => {
    process.env.TZ = 'UTC';
    const expected = dateResults();
    process.env.TZ = zone;
    expect(new Date(2000, 0, 1).getTimezoneOffset() !== 0 || zone === 'UTC').toBe(true);
    expect(dateResults()).toEqual(expected);
  });

  it('and the UTC results are the right days', () => {
    process.env.TZ = 'UTC';
    const results = dateResults();
    expect(results.edtf[0]).toEqual({
      ok: true,
      value: { precision: 'year', earliest: '1994-01-01', latest: '1994-12-31', interval: false },
    });
    expect(results.edtf[2]?.ok).toBe(true);
    expect(results.edtf[3]?.ok).toBe(true);
    expect(results.edtf[6]?.ok).toBe(false);
    expect(results.dates).toEqual([
      { start: '1994-12-31', end: '1994-12-31' },
      { start: '2011-12-30', end: '2011-12-30' },
      { start: '2023-02-09', end: '2023-02-09' },
    ]);
    expect(results.buckets).toEqual([
      ['1994-12', '1994-12-01', '1994-12-31', 1],
      ['1995-01', '1995-01-01', '1995-01-31', 0],
    ]);
    expect(results.meetings).toEqual(['meeting:annual-review-2022']);
  });
});
