import { describe, expect, it } from 'vitest';
import { FuzzyDateSchema, PeriodSchema } from '../../../src/schemas/dates.js';
import { issues } from '../../support/schema-issues.js';

describe('FuzzyDateSchema and PeriodSchema derive what authors leave out', () => {
  it('dates: precision and bounds from the EDTF; a derived value given must agree', () => {
    expect(FuzzyDateSchema.parse({ edtf: '2018-35' })).toEqual({
      edtf: '2018-35',
      precision: 'quarter',
      earliest: '2018-07-01',
      latest: '2018-09-30',
      evidence: [],
    });
    expect(PeriodSchema.parse({ edtf: '../2025-01-15' })).toMatchObject({
      earliest: null,
      latest: '2025-01-15',
    });
    expect(issues(FuzzyDateSchema, { edtf: '2018', earliest: '2018-02-01' })).toEqual([
      'earliest: earliest is derived from edtf "2018" (2018-01-01); leave it out',
    ]);
    expect(issues(FuzzyDateSchema, { edtf: '../2018' })).toEqual([
      'edtf: "../2018" is an interval; a date is one of YYYY, YYYY-MM, YYYY-MM-DD, a quarter YYYY-33..YYYY-36 or a half YYYY-40/YYYY-41, optionally ending in ?, ~ or %',
    ]);
  });
});
