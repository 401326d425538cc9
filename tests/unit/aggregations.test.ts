import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { aggregateMetrics } from '../../src/helpers/aggregate-metrics.js';
import { coChairPairs } from '../../src/helpers/co-chair-pairs.js';
import { meetingStats } from '../../src/helpers/meeting-stats.js';
import { metricSeries } from '../../src/helpers/metric-series.js';
import { sumQuantities } from '../../src/helpers/sum-quantities.js';
import { fixture } from '../support/fixture.js';

const dataset = fixture();

describe('metricSeries', () => {
  it('gives one point per period and scope, earliest first, with the bounds as reported', () => {
    expect(
      metricSeries('links-removed', { dataset }).map((point) => [
        point.period.edtf,
        point.asReported,
        point.lower,
        point.lowerExclusive,
        point.upper,
      ]),
    ).toEqual([
      ['2021', ['more than 100'], 100, true, null],
      ['2022', ['More than 200'], 200, true, null],
    ]);
  });

  it('takes the filter options flat', () => {
    expect(
      metricSeries('links-removed', { dataset, from: '2022' }).map((point) => point.period.edtf),
    ).toEqual(['2022']);
    expect(
      metricSeries('households', { dataset, place: 'quang-ninh' }).map((point) => [
        point.period.edtf,
        point.scope.level,
        point.upper,
        point.upperExclusive,
      ]),
    ).toEqual([['../2023-02-09', 'province', 50, true]]);
    expect(metricSeries('households', { dataset, level: 'national' })).toEqual([]);
    expect(() => metricSeries('links-removed', { dataset, level: 'planet' as never })).toThrow(
      /expected one of national, province/,
    );
    expect(() => metricSeries('links-removd', { dataset })).toThrow(/did you mean "links-removed"/);
    expect(() => metricSeries('households', { dataset, place: 'quang-nin' })).toThrow(
      /did you mean "quang-ninh"/,
    );
  });
});

describe('aggregateMetrics', () => {
  it('groups by year, "multi-year" last, and totals only groups of one unit', () => {
    expect(
      aggregateMetrics({ dataset, by: 'year' }).map((group) => [
        group.key,
        group.metrics.length,
        group.units,
        group.total?.qualifier ?? null,
      ]),
    ).toEqual([
      ['2021', 2, ['cases', 'links'], null],
      ['2022', 1, ['links'], 'more-than'],
      ['multi-year', 1, ['households'], 'less-than'],
    ]);
  });

  it('adds bounds with interval arithmetic, never a false exact', () => {
    const [links] = aggregateMetrics({ dataset, by: 'indicator', indicator: 'links-removed' });
    expect(links).toMatchObject({ key: 'links-removed', label: 'Links removed' });
    expect(links?.total).toMatchObject({
      value: null,
      lower: 300,
      lowerExclusive: true,
      upper: null,
      qualifier: 'more-than',
      count: 2,
    });
  });

  it('groups by scope, category and meeting', () => {
    expect(
      aggregateMetrics({ dataset, by: 'scope' }).map((group) => [group.key, group.label]),
    ).toEqual([
      ['national', 'national'],
      ['province:quang-ninh', 'Quang Ninh (province)'],
    ]);
    expect(aggregateMetrics({ dataset, by: 'category' }).map((group) => group.key)).toEqual([
      'border-and-sea',
      'crime',
      'cyberspace',
    ]);
    expect(
      aggregateMetrics({ dataset, by: 'meeting', cumulative: false }).map((group) => [
        group.key,
        group.label,
      ]),
    ).toEqual([
      ['review-2021', 'A meeting known only to its year'],
      ['review-2022', 'Review of 2022'],
    ]);
  });

  it('rejects an unknown grouping or filter', () => {
    expect(() => aggregateMetrics({ dataset, by: 'month' as never })).toThrow(InvalidArgumentError);
    expect(() => aggregateMetrics({ dataset, by: 'year', where: {} } as never)).toThrow(
      /unknown option "where"/,
    );
  });
});

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

describe('meetingStats and coChairPairs', () => {
  it('count meetings by year, kind, person and document', () => {
    expect(meetingStats({ dataset, by: 'year' }).map((row) => [row.key, row.meetings])).toEqual([
      ['2020', ['review-2020-h1']],
      ['2021', ['review-2021']],
      ['2023', ['review-2022']],
    ]);
    expect(meetingStats({ dataset, by: 'kind' }).map((row) => [row.key, row.count])).toEqual([
      ['annual-review', 2],
      ['semiannual-review', 1],
    ]);
    expect(
      meetingStats({ dataset, by: 'person' }).map((row) => [row.key, row.label, row.count]),
    ).toEqual([
      ['le-van-a', 'Le Van A', 2],
      ['tran-thi-b', 'Tran Thi B', 2],
    ]);
    expect(
      meetingStats({ dataset, by: 'document', from: '2021' }).map((row) => [row.key, row.meetings]),
    ).toEqual([['decree-03', ['review-2022']]]);
  });

  it('pair the co-chairs of each meeting', () => {
    expect(coChairPairs({ dataset })).toEqual([
      {
        people: ['le-van-a', 'tran-thi-b'],
        names: ['Le Van A', 'Tran Thi B'],
        count: 2,
        meetings: ['review-2020-h1', 'review-2022'],
      },
    ]);
    expect(coChairPairs({ dataset, to: '2021' })[0]?.meetings).toEqual(['review-2020-h1']);
  });
});
