import { describe, expect, it } from 'vitest';
import { dayRange, readEdtf } from '../../../src/core/dates.js';

const bounds = (edtf: string, interval = false) => {
  const reading = readEdtf(edtf, interval);
  return typeof reading === 'string'
    ? reading
    : [reading.precision, reading.earliest, reading.latest];
};

describe('the EDTF subset', () => {
  it.each([
    ['2018', ['year', '2018-01-01', '2018-12-31']],
    ['2024-02', ['month', '2024-02-01', '2024-02-29']],
    ['2023-02', ['month', '2023-02-01', '2023-02-28']],
    ['1900-02', ['month', '1900-02-01', '1900-02-28']],
    ['2000-02', ['month', '2000-02-01', '2000-02-29']],
    ['2023-02-09', ['day', '2023-02-09', '2023-02-09']],
    ['2018-33', ['quarter', '2018-01-01', '2018-03-31']],
    ['2018-35', ['quarter', '2018-07-01', '2018-09-30']],
    ['2018-36', ['quarter', '2018-10-01', '2018-12-31']],
    ['2021-40', ['half', '2021-01-01', '2021-06-30']],
    ['2021-41', ['half', '2021-07-01', '2021-12-31']],
    ['2018~', ['year', '2018-01-01', '2018-12-31']],
    ['1994-12-31', ['day', '1994-12-31', '1994-12-31']],
    ['2011-12-30', ['day', '2011-12-30', '2011-12-30']],
    ['0099', ['year', '0099-01-01', '0099-12-31']],
  ])('%s covers its days', (edtf, expected) => expect(bounds(edtf)).toEqual(expected));

  it('reads intervals, with open ends and the coarser precision', () => {
    expect(bounds('../2025-01-15', true)).toEqual(['day', null, '2025-01-15']);
    expect(bounds('2021-07/..', true)).toEqual(['month', '2021-07-01', null]);
    expect(bounds('2021-07-16/2022', true)).toEqual(['year', '2021-07-16', '2022-12-31']);
    expect(bounds('2022/2021', true)).toMatch(/ends \(2021-12-31\) before it starts/);
    expect(bounds('2021/2022')).toMatch(/is an interval/);
  });

  it.each(['2024-13', '2024-00', '2023-02-29', '2018-35-01', '18', '2018-3', 'spring', '../..'])(
    'rejects %s',
    (edtf) => {
      expect(typeof readEdtf(edtf, true)).toBe('string');
    },
  );

  it('says what a day-first date is and which forms are accepted', () => {
    expect(readEdtf('15/01/2025')).toMatch(
      /"15\/01\/2025" looks like day\/month\/year: write it year first/,
    );
    expect(() => dayRange('16/7/2021', 'from')).toThrow(
      /from: "16\/7\/2021" looks like day\/month\/year/,
    );
    expect(() => dayRange(42, 'to')).toThrow(
      /to: expected a Date or a date string \(YYYY, YYYY-MM, YYYY-MM-DD/,
    );
  });

  it('reads a Date as its UTC day, from year 0 to 9999 only', () => {
    expect(dayRange(new Date('2011-12-30T23:00:00Z'), 'date')).toEqual({
      start: '2011-12-30',
      end: '2011-12-30',
    });
    expect(dayRange(new Date(Date.UTC(1994, 11, 31)), 'date')).toEqual({
      start: '1994-12-31',
      end: '1994-12-31',
    });
    expect(() => dayRange(new Date(Date.UTC(10000, 0, 1)), 'date')).toThrow(/year 10000/);
    const yearMinusFive = new Date(0);
    yearMinusFive.setUTCFullYear(-5);
    expect(() => dayRange(yearMinusFive, 'date')).toThrow(/year -5/);
  });
});
