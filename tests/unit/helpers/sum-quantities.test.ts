import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { sumQuantities } from '../../../src/helpers/sum-quantities.js';

describe('sumQuantities', () => {
  it('adds exact counts exactly', () => {
    expect(
      sumQuantities([
        { value: 53, qualifier: 'exact', lower: 53, upper: 53 },
        { value: 410, qualifier: 'exact', lower: 410, upper: 410 },
      ]),
    ).toEqual({
      value: 463,
      lower: 463,
      upper: 463,
      lowerExclusive: false,
      upperExclusive: false,
      qualifier: 'exact',
      count: 2,
    });
    expect(sumQuantities([])).toMatchObject({ value: 0, qualifier: 'exact', count: 0 });
  });

  it('keeps exclusive and open bounds', () => {
    expect(
      sumQuantities([
        { value: 315, qualifier: 'exact', lower: 315, upper: 315 },
        { value: 100, qualifier: 'more-than', lower: 100, upper: null },
      ]),
    ).toMatchObject({
      value: null,
      lower: 415,
      lowerExclusive: true,
      upper: null,
      qualifier: 'more-than',
    });
    expect(
      sumQuantities([
        { value: 10000, qualifier: 'nearly', lower: null, upper: 10000 },
        { value: null, qualifier: 'magnitude', lower: 100, upper: 999 },
      ]),
    ).toMatchObject({ lower: null, upper: 10999, upperExclusive: true, qualifier: 'less-than' });
    expect(
      sumQuantities([{ value: 5, qualifier: 'about', lower: null, upper: null }]),
    ).toMatchObject({ qualifier: 'unknown', lower: null, upper: null });
  });

  it('refuses a part that breaks its qualifier, a NaN, and a total too large to count', () => {
    expect(() =>
      sumQuantities([{ value: 100, qualifier: 'more-than', lower: 100, upper: 100 }]),
    ).toThrow(/quantities\[0\]\.upper: for "more-than", upper must be null \(open\)/);
    expect(() =>
      sumQuantities([{ value: Number.NaN, qualifier: 'exact', lower: 1, upper: 1 }]),
    ).toThrow(/got NaN/);
    expect(() =>
      sumQuantities([
        { value: 1e308, qualifier: 'exact', lower: 1e308, upper: 1e308 },
        { value: 1e308, qualifier: 'exact', lower: 1e308, upper: 1e308 },
      ]),
    ).toThrow(/too large to count exactly/);
    expect(() => sumQuantities('x' as never)).toThrow(InvalidArgumentError);
  });
});
