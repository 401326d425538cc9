import { describe, expect, it } from 'vitest';
import { codePointText, findQuote, sliceCodePoints } from '../../src/core/code-points.js';
import { dayRange, readEdtf } from '../../src/core/dates.js';
import { dateLabel } from '../../src/core/labels.js';
import { quantityIssues } from '../../src/core/quantity.js';
import { ranksRenderedAs } from '../../src/core/ranks.js';
import { closestMatches, foldText, searchKey, shown } from '../../src/core/text.js';

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

  it('labels quarters, halves and intervals for readers', () => {
    expect(
      [
        '2018-35',
        '2021-40',
        '2018-41',
        '2022',
        '2014?',
        '2025-01-15',
        '2020-10',
        '../2025-01-15',
        '2021-07/..',
        '2021-33/2021-34',
      ].map(dateLabel),
    ).toEqual([
      'Q3 2018',
      'H1 2021',
      'H2 2018',
      '2022',
      '2014?',
      '15 Jan 2025',
      'Oct 2020',
      'up to 15 Jan 2025',
      'from Jul 2021',
      'Q1 2021 to Q2 2021',
    ]);
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

describe('text', () => {
  it('folds diacritics and đ for matching', () => {
    expect(foldText('Nguyễn Tân Cương')).toBe('nguyen tan cuong');
    expect(foldText('Đại tướng', true)).toBe('Dai tuong');
    expect(searchKey("  Trần   Quốc  Tỏ's ")).toBe('tran quoc tos');
  });

  it('shows a hostile value quoted, escaped and cut', () => {
    expect(shown('\u001b[31mred\u001b[0m')).toBe('"\\u001b[31mred\\u001b[0m"');
    expect(shown('\u009b2J')).toBe('"\\u009b2J"');
    expect(shown('a'.repeat(1000))).toBe(`"${'a'.repeat(80)}"… (920 more characters)`);
    expect(shown(undefined)).toBe('undefined');
    expect(shown({})).toBe('a object');
  });

  it('suggests close ids, prefixes first, bounded for long input', () => {
    expect(closestMatches('link-removed', ['links-removed', 'drug-cases-fought'])).toEqual([
      'links-removed',
    ]);
    expect(
      closestMatches('annual-review', ['annual-review-2022', 'annual-review-2024', 'other']),
    ).toEqual(['annual-review-2022', 'annual-review-2024']);
    expect(closestMatches('zzz', ['links-removed'])).toEqual([]);
    expect(closestMatches('a'.repeat(100_000), ['a', 'b'])).toEqual([]);
  });
});

describe('code points', () => {
  it('slice and find by code point, astral characters counting one', () => {
    const text = codePointText('a\u{1F600}b NĐ a\u{1F600}b');
    expect(text.points).toHaveLength(10);
    expect(sliceCodePoints(text, 1, 3)).toBe('\u{1F600}b');
    expect(findQuote(text, 'a\u{1F600}b')).toEqual([0, 7]);
    expect(findQuote(text, 'zzz')).toEqual([]);
  });
});

describe('quantities and ranks', () => {
  const q = (
    value: number | null,
    qualifier: string,
    lower: number | null,
    upper: number | null,
  ) => ({ value, qualifier, lower, upper });

  it.each([
    q(315, 'exact', 315, 315),
    q(13000, 'more-than', 13000, null),
    q(10000, 'nearly', null, 10000),
    q(50, 'about', 40, 60),
    q(null, 'magnitude', 100, 999),
  ])('accepts %o', (quantity) => expect(quantityIssues(quantity)).toEqual([]));

  it.each([
    [q(315, 'exact', 300, 315), 'lower: for "exact", lower must be the value (315), not 300'],
    [q(100, 'more-than', 100, 200), 'upper: for "more-than", upper must be null (open), not 200'],
    [
      q(50, 'about', 60, null),
      'lower: for "about", lower must be null or at most the value (50), not 60',
    ],
    [q(5, 'magnitude', 1, 9), 'value: a "magnitude" quantity has no number: value must be null'],
    [q(null, 'exact', 1, 1), 'value: a "exact" quantity needs the number as written'],
    [
      q(Number.POSITIVE_INFINITY, 'exact', 1, 1),
      'value: must be a finite count of 0 or more, or null; got Infinity',
    ],
    [
      q(1, 'roughly', 1, 1),
      'qualifier: expected one of exact, more-than, over, at-least, nearly, about, up-to, magnitude, got "roughly"',
    ],
  ])('rejects %o', (quantity, message) =>
    expect(quantityIssues(quantity).map((issue) => `${issue.field}: ${issue.message}`)).toContain(
      message,
    ),
  );

  it('maps Vietnamese rank words to one rank and English renderings to one or two', () => {
    expect(ranksRenderedAs('Thượng tướng')).toEqual(['thuong-tuong']);
    expect(ranksRenderedAs('thiếu  tướng')).toEqual(['thieu-tuong']);
    expect(ranksRenderedAs('Colonel')).toEqual(['dai-ta', 'thuong-ta']);
    expect(ranksRenderedAs('Senior General')).toEqual(['dai-tuong']);
    expect(ranksRenderedAs('Admiral')).toEqual([]);
  });
});
