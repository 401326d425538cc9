import { describe, expect, it } from 'vitest';
import { metricSeries } from '../../../src/helpers/metric-series.js';
import { fixture } from '../../support/fixture.js';

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
