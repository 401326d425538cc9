import { describe, expect, it } from 'vitest';
import { edtfLabel, readEdtf } from '../../src/lib/edtf.js';

const bounds = (edtf: string, allowInterval = false) => {
  const result = readEdtf(edtf, { allowInterval });
  return result.ok
    ? [result.value.precision, result.value.earliest, result.value.latest]
    : result.reason;
};

describe('readEdtf', () => {
  it.each([
    ['2018', ['year', '2018-01-01', '2018-12-31']],
    ['2024-02', ['month', '2024-02-01', '2024-02-29']],
    ['2023-02', ['month', '2023-02-01', '2023-02-28']],
    ['2023-02-09', ['day', '2023-02-09', '2023-02-09']],
    ['2018-33', ['quarter', '2018-01-01', '2018-03-31']],
    ['2018-35', ['quarter', '2018-07-01', '2018-09-30']],
    ['2018-36', ['quarter', '2018-10-01', '2018-12-31']],
    ['2021-40', ['half', '2021-01-01', '2021-06-30']],
    ['2021-41', ['half', '2021-07-01', '2021-12-31']],
    ['2018~', ['year', '2018-01-01', '2018-12-31']],
    ['0099', ['year', '0099-01-01', '0099-12-31']],
  ])('%s', (edtf, expected) => expect(bounds(edtf)).toEqual(expected));

  it('reads intervals, with open ends and the coarser precision', () => {
    expect(bounds('../2025-01-15', true)).toEqual(['day', null, '2025-01-15']);
    expect(bounds('2021-07/..', true)).toEqual(['month', '2021-07-01', null]);
    expect(bounds('2021-07-16/2022', true)).toEqual(['year', '2021-07-16', '2022-12-31']);
  });

  it.each(['2024-13', '2024-00', '2023-02-29', '2018-35-01', '18', '2018-3', 'spring'])(
    'rejects %s',
    (edtf) => {
      expect(readEdtf(edtf).ok).toBe(false);
    },
  );
});

describe('edtfLabel', () => {
  it.each([
    ['2018-35', 'Q3 2018'],
    ['2021-40', 'H1 2021'],
    ['2022', '2022'],
    ['../2025-01-15', 'up to 2025-01-15'],
    ['2021-07/..', 'from 2021-07'],
    ['2021-33/2021-34', 'Q1 2021 to Q2 2021'],
  ])('%s reads as %s', (edtf, label) => expect(edtfLabel(edtf)).toBe(label));
});
