import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { periodLength, sumQuantities } from '../../../src/helpers/sum-quantities.js';
import { find } from '../../support/find-record.js';
import { figuresFixture } from '../../support/fixture.js';

const { metrics } = figuresFixture();
const metric = (id: string) => find(metrics, id);

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

  it('adds figures of one unit, scope and period length over periods that do not overlap', () => {
    // 100 (2021) + 120 (2022), persons arrested nationwide.
    expect(sumQuantities([metric('arrests-2021'), metric('arrests-2022')])).toMatchObject({
      value: 220,
      qualifier: 'exact',
      count: 2,
    });
    // Arrests (120) and drug suspects (7) count different things, both in 2022: added.
    expect(sumQuantities([metric('arrests-2022'), metric('drug-suspects-2022')])).toMatchObject({
      value: 127,
      count: 2,
    });
  });

  it('takes the reports of one figure as one, with the tightest bounds, not added', () => {
    // "120" and "more than 100" for 2022, nationwide: 120.
    expect(sumQuantities([metric('arrests-2022'), metric('arrests-2022-again')])).toEqual({
      value: 120,
      lower: 120,
      upper: 120,
      lowerExclusive: false,
      upperExclusive: false,
      qualifier: 'exact',
      count: 1,
    });
    // Figures made by hand, without an indicator: the same thing counted.
    const scope = { level: 'province', place: 'nghe-an' } as const;
    const period = { edtf: '2023-35', earliest: '2023-07-01', latest: '2023-09-30' };
    expect(
      sumQuantities([
        {
          quantity: { value: 50, qualifier: 'more-than', lower: 50, upper: null },
          unit: 'cases',
          scope,
          period,
        },
        {
          quantity: { value: 60, qualifier: 'nearly', lower: null, upper: 60 },
          unit: 'cases',
          scope,
          period,
        },
      ]),
    ).toMatchObject({
      value: null,
      lower: 50,
      upper: 60,
      lowerExclusive: true,
      upperExclusive: true,
      qualifier: 'between',
      count: 1,
    });
  });

  it('throws, naming the difference, for figures that cannot be added', () => {
    expect(() => sumQuantities([metric('arrests-2022'), metric('arrest-turns-2022')])).toThrow(
      'quantities: different units: persons and person-turns',
    );
    expect(() =>
      sumQuantities([metric('arrests-2022'), metric('arrests-2022-quang-ninh')]),
    ).toThrow('quantities: different scopes: national and province:quang-ninh');
    expect(() =>
      sumQuantities([metric('arrests-2022-quang-ninh'), metric('arrests-2022-h1-quang-ninh')]),
    ).toThrow('quantities: periods overlap: H1 2022 and 2022');
    expect(() => sumQuantities([metric('patrols-2021'), metric('patrols-2021-2022')])).toThrow(
      'quantities: periods overlap: 2021 and Jul 2021 to Jun 2022',
    );
    expect(() =>
      sumQuantities([metric('arrests-2022-quang-ninh'), metric('arrests-2022-quang-ninh-b')]),
    ).toThrow('quantities: figures of one period disagree: 30 persons and 25 persons for 2022');
    // Arrests in H1 2022 and drug suspects in 2021, both persons: 6 and 12 months.
    const h1 = {
      ...metric('arrests-2022-h1-quang-ninh'),
      scope: { level: 'national' as const, place: null },
    };
    expect(() => sumQuantities([h1, metric('drug-suspects-2022')])).toThrow(
      'quantities: periods differ in length: H1 2022 (6 months) and 2022 (12 months)',
    );
    expect(() =>
      sumQuantities([metric('arrests-2022'), { value: 1, qualifier: 'exact', lower: 1, upper: 1 }]),
    ).toThrow(/a plain quantity cannot be compared with figures/);
  });

  it('adds anything, every quantity as reported, with allowMixed', () => {
    // 120 persons + 40 person-turns + more than 100 persons (a second report): more than 260.
    expect(
      sumQuantities(
        [metric('arrests-2022'), metric('arrest-turns-2022'), metric('arrests-2022-again')],
        { allowMixed: true },
      ),
    ).toMatchObject({ lower: 260, lowerExclusive: true, qualifier: 'more-than', count: 3 });
    expect(() => sumQuantities([], { allowMixed: 1 } as never)).toThrow(/allowMixed/);
    expect(() => sumQuantities([], { mixed: true } as never)).toThrow(/unknown option "mixed"/);
  });

  it('refuses a figure without a unit, a scope or a period it can read', () => {
    const figure = metric('arrests-2022');
    expect(() => sumQuantities([{ ...figure, unit: '' }])).toThrow(/quantities\[0\]\.unit/);
    expect(() =>
      sumQuantities([figure, { ...figure, scope: { level: 'planet', place: null } } as never]),
    ).toThrow(/quantities\[1\]\.scope\.level: expected one of national, province/);
    expect(() =>
      sumQuantities([{ ...figure, period: { ...figure.period, earliest: '2022' } }]),
    ).toThrow(/quantities\[0\]\.period\.earliest: expected a YYYY-MM-DD day or null/);
    expect(() =>
      sumQuantities([{ ...figure, quantity: { ...figure.quantity, upper: 1 } }]),
    ).toThrow(/quantities\[0\]\.quantity\.upper/);
  });
});

describe('periodLength', () => {
  it('counts whole months from the first day of a month to the last, else days', () => {
    expect(periodLength({ earliest: '2024-01-01', latest: '2024-12-31' })).toBe('P12M');
    expect(periodLength({ earliest: '2023-07-01', latest: '2023-09-30' })).toBe('P3M');
    expect(periodLength({ earliest: '2024-02-01', latest: '2024-02-29' })).toBe('P1M');
    expect(periodLength({ earliest: '2023-02-01', latest: '2023-02-28' })).toBe('P1M');
    expect(periodLength({ earliest: '2023-02-01', latest: '2023-02-27' })).toBe('P27D');
    expect(periodLength({ earliest: '2023-06-01', latest: '2023-09-30' })).toBe('P4M');
    // 12 July 2010 to 7 January 2016: 5 years from 12 July 2010 (1,826 days, 2012 a leap year),
    // 179 days more to 7 January 2016, and the first day itself.
    expect(periodLength({ earliest: '2010-07-12', latest: '2016-01-07' })).toBe('P2006D');
    expect(periodLength({ earliest: '2021-01-05', latest: '2021-01-05' })).toBe('P1D');
    expect(periodLength({ earliest: '0050-01-01', latest: '0050-12-31' })).toBe('P12M');
    expect(periodLength({ earliest: null, latest: '2025-01-15' })).toBe('open');
    expect(periodLength({ earliest: '2019-01-01', latest: null })).toBe('open');
  });

  it('refuses what is not a period', () => {
    expect(() => periodLength({ earliest: '2024-12-31', latest: '2024-01-01' })).toThrow(
      /ends \(2024-01-01\) before it starts/,
    );
    expect(() => periodLength({ earliest: '2024', latest: '2024-12-31' })).toThrow(
      /period\.earliest/,
    );
    expect(() => periodLength(null as never)).toThrow(InvalidArgumentError);
  });
});
