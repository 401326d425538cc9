import { describe, expect, it } from 'vitest';
import { FuzzyDateSchema, PeriodSchema } from '../../src/schemas/fuzzy-date.js';
import { issuesOf } from '../helpers/issues.js';

const evidence = [{ source: 's', quote: 'In 2024', start: 0, end: 7 }];
const year = {
  edtf: '2024',
  precision: 'year',
  earliest: '2024-01-01',
  latest: '2024-12-31',
  evidence,
};

describe('FuzzyDateSchema', () => {
  it('accepts a stated year with evidence', () => {
    expect(issuesOf(FuzzyDateSchema, year)).toEqual([]);
    expect(FuzzyDateSchema.parse(year).basis).toBe('stated');
  });

  it('rejects earliest after latest', () => {
    expect(issuesOf(FuzzyDateSchema, { ...year, earliest: '2025-01-01' })).toContain(
      'latest: earliest (2025-01-01) must not be after latest (2024-12-31)',
    );
  });

  it('rejects a precision the EDTF string does not have', () => {
    expect(issuesOf(FuzzyDateSchema, { ...year, precision: 'month' })).toEqual([
      'precision: edtf "2024" has precision "year", not "month"',
    ]);
  });

  it('rejects bounds that do not match the EDTF string', () => {
    expect(issuesOf(FuzzyDateSchema, { ...year, earliest: '2024-02-01' })).toEqual([
      'earliest: edtf "2024" starts on 2024-01-01, not 2024-02-01',
    ]);
    expect(issuesOf(FuzzyDateSchema, { ...year, latest: '2024-12-30' })).toEqual([
      'latest: edtf "2024" ends on 2024-12-31, not 2024-12-30',
    ]);
  });

  it('rejects EDTF outside the documented subset', () => {
    expect(issuesOf(FuzzyDateSchema, { ...year, edtf: '2024-13' })[0]).toMatch(
      /^edtf: "2024-13" has month 13/,
    );
    expect(
      issuesOf(FuzzyDateSchema, {
        ...year,
        edtf: '2023-02-29',
        precision: 'day',
        earliest: '2023-02-29',
        latest: '2023-02-29',
      }),
    ).toContain('edtf: "2023-02-29" is not a calendar date');
    expect(issuesOf(FuzzyDateSchema, { ...year, edtf: 'spring 2024' })[0]).toMatch(
      /^edtf: "spring 2024" is not an EDTF date of the supported subset/,
    );
  });

  it('rejects an interval: only a period may be one', () => {
    expect(issuesOf(FuzzyDateSchema, { ...year, edtf: '2024/2025' })).toContain(
      'edtf: "2024/2025" is an interval; only a period may be an interval',
    );
  });

  it('requires evidence for a stated date and a note for an inferred one', () => {
    expect(issuesOf(FuzzyDateSchema, { ...year, evidence: [] })).toEqual([
      'evidence: a stated value needs at least one evidence quote',
    ]);
    expect(issuesOf(FuzzyDateSchema, { ...year, basis: 'inferred' })).toEqual([
      'note: an inferred value needs a note giving the reasoning',
    ]);
    expect(
      issuesOf(FuzzyDateSchema, {
        ...year,
        basis: 'inferred',
        evidence: [],
        note: 'From the review year.',
      }),
    ).toEqual([]);
  });
});

describe('PeriodSchema', () => {
  it('accepts an interval with an open start', () => {
    expect(
      issuesOf(PeriodSchema, {
        edtf: '../2025-01-15',
        precision: 'day',
        earliest: null,
        latest: '2025-01-15',
        basis: 'inferred',
        note: 'up to now',
      }),
    ).toEqual([]);
  });

  it('accepts quarters and halves with their bounds', () => {
    expect(
      issuesOf(PeriodSchema, {
        ...year,
        edtf: '2018-35',
        precision: 'quarter',
        earliest: '2018-07-01',
        latest: '2018-09-30',
      }),
    ).toEqual([]);
    expect(
      issuesOf(PeriodSchema, {
        ...year,
        edtf: '2021-40',
        precision: 'half',
        earliest: '2021-01-01',
        latest: '2021-06-30',
      }),
    ).toEqual([]);
  });

  it('rejects an interval open at both ends and one that ends before it starts', () => {
    expect(
      issuesOf(PeriodSchema, { ...year, edtf: '../..', earliest: null, latest: null }),
    ).toContain('edtf: "../.." is open at both ends');
    expect(issuesOf(PeriodSchema, { ...year, edtf: '2025/2024' })).toContain(
      'edtf: "2025/2024" ends (2024-12-31) before it starts (2025-01-01)',
    );
  });

  it('rejects a null bound on a closed end', () => {
    expect(issuesOf(PeriodSchema, { ...year, earliest: null })).toEqual([
      'earliest: edtf "2024" starts on 2024-01-01, not null',
    ]);
  });
});
