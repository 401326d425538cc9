import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { aggregateMetrics } from '../../../src/helpers/aggregate-metrics.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

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
