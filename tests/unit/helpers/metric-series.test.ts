import { describe, expect, it } from 'vitest';
import { metricSeries } from '../../../src/helpers/metric-series.js';
import { figuresFixture, fixture } from '../../support/fixture.js';

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

  it('marks each point whose scope or period length differs from the point before', () => {
    // Arrests: national 2021; Quang Ninh H1 2022; national 2022 (two reports: one point);
    // Quang Ninh 2022 (two reports that disagree); Ha Long 2022.
    expect(
      metricSeries('arrests', { dataset: figuresFixture() }).map((point) => [
        point.period.edtf,
        point.scope.place,
        point.unit,
        point.length,
        point.changed,
        point.consistent,
      ]),
    ).toEqual([
      ['2021', null, 'persons', 'P12M', [], true],
      ['2022-40', 'quang-ninh', 'persons', 'P6M', ['scope', 'length'], true],
      ['2022', null, 'persons', 'P12M', ['scope', 'length'], true],
      ['2022', 'quang-ninh', 'persons', 'P12M', ['scope'], false],
      ['2022', 'ha-long', 'persons', 'P12M', ['scope'], true],
    ]);
    expect(metricSeries('links-removed', { dataset }).map((point) => point.changed)).toEqual([
      [],
      [],
    ]);
  });
});
