import { describe, expect, it } from 'vitest';
import {
  aggregateMetrics,
  coChairPairs,
  createDataset,
  InvalidArgumentError,
  meetingStats,
  metricSeries,
  sumQuantities,
  UnknownIdError,
} from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import type { Qualifier } from '../../src/schemas/quantity.js';

const q = (
  qualifier: Qualifier,
  value: number | null,
  lower: number | null,
  upper: number | null,
) => ({ qualifier, value, lower, upper });

describe('sumQuantities', () => {
  it('adds exact quantities exactly, and nothing to zero', () => {
    expect(sumQuantities([q('exact', 53, 53, 53), q('exact', 15, 15, 15)])).toMatchObject({
      value: 68,
      lower: 68,
      upper: 68,
      qualifier: 'exact',
      count: 2,
    });
    expect(sumQuantities([])).toMatchObject({ value: 0, qualifier: 'exact', count: 0 });
  });

  it('exact plus more-than is more-than, never a false exact', () => {
    expect(sumQuantities([q('exact', 315, 315, 315), q('more-than', 100, 100, null)])).toEqual({
      value: null,
      lower: 415,
      upper: null,
      lowerExclusive: true,
      upperExclusive: false,
      qualifier: 'more-than',
      count: 2,
    });
  });

  it('keeps an unknown bound unknown and carries exclusive bounds', () => {
    expect(sumQuantities([q('nearly', 10000, null, 10000), q('exact', 27, 27, 27)])).toMatchObject({
      lower: null,
      upper: 10027,
      upperExclusive: true,
      qualifier: 'less-than',
    });
    expect(sumQuantities([q('magnitude', null, 100, 999), q('exact', 3, 3, 3)])).toMatchObject({
      lower: 103,
      upper: 1002,
      qualifier: 'between',
      lowerExclusive: false,
    });
    expect(sumQuantities([q('about', 50, null, null), q('exact', 3, 3, 3)])).toMatchObject({
      lower: null,
      upper: null,
      qualifier: 'unknown',
    });
    expect(sumQuantities([q('at-least', 5, 5, null)])).toMatchObject({
      qualifier: 'at-least',
      lower: 5,
    });
    expect(sumQuantities([q('up-to', 20, null, 20)])).toMatchObject({
      qualifier: 'up-to',
      upper: 20,
    });
  });

  it('rejects something that is not a list of valid quantities, rather than returning a false total', () => {
    expect(() => sumQuantities('3' as never)).toThrow(InvalidArgumentError);
    expect(() => sumQuantities([null as never])).toThrow('quantities[0]: expected a quantity');
    expect(() =>
      sumQuantities([{ qualifier: 'lots', value: 1, lower: 1, upper: 1 } as never]),
    ).toThrow('quantities[0].qualifier: unknown qualifier "lots"');
    expect(() =>
      sumQuantities([{ qualifier: 'toString', value: 1, lower: 1, upper: 1 } as never]),
    ).toThrow(InvalidArgumentError);
    expect(() => sumQuantities([q('exact', 5, '5' as never, '5' as never)])).toThrow(
      'quantities[0].lower: must be a count of 0 or more, or null; got "5"',
    );
    expect(() => sumQuantities([{ qualifier: 'exact', value: 5 } as never])).toThrow(
      InvalidArgumentError,
    );
    expect(() => sumQuantities([q('exact', 5, 3, 9)])).toThrow(
      'quantities[0].lower: for "exact", lower must be the value (5), not 3',
    );
  });
});

describe('metricSeries', () => {
  it('how did the number of links removed change from year to year?', () => {
    expect(
      metricSeries('links-removed').map((point) => [
        point.period.edtf,
        point.scope.level,
        point.lower,
        point.lowerExclusive,
        point.upper,
        point.asReported,
      ]),
    ).toEqual([
      ['2022', 'national', 14000, true, null, ['more than 14,000']],
      ['2024', 'national', 13000, true, null, ['more than 13,000']],
    ]);
  });

  it('filters by scope and date, and knows unknown indicators', () => {
    expect(
      metricSeries('links-removed', { from: '2024' }).map((point) => point.period.edtf),
    ).toEqual(['2024']);
    expect(metricSeries('links-removed', { level: 'province' })).toEqual([]);
    expect(() => metricSeries('link-removed' as never)).toThrow(UnknownIdError);
  });
});

describe('aggregateMetrics', () => {
  it('groups by scope: 6 national metrics and 11 for Quang Ninh', () => {
    expect(
      aggregateMetrics({ by: 'scope' }).map((group) => [group.key, group.metrics.length]),
    ).toEqual([
      ['national', 6],
      ['province:Quang Ninh', 11],
    ]);
  });

  it('totals a group only when its metrics share a unit', () => {
    const [links] = aggregateMetrics({ by: 'indicator', where: { indicator: 'links-removed' } });
    expect(links?.total).toMatchObject({
      qualifier: 'more-than',
      lower: 27000,
      lowerExclusive: true,
    });
    const protection = aggregateMetrics({ by: 'category', where: { category: 'protection' } })[0];
    expect(protection?.units.length).toBeGreaterThan(1);
    expect(protection?.total).toBeNull();
  });

  it('groups by year, with running totals under multi-year', () => {
    expect(
      aggregateMetrics({ by: 'year' }).map((group) => [group.key, group.metrics.length]),
    ).toEqual([
      ['2022', 1],
      ['2024', 11],
      ['multi-year', 5],
    ]);
    expect(
      aggregateMetrics({ by: 'meeting', where: { cumulative: true } }).map((group) => [
        group.key,
        group.metrics.length,
      ]),
    ).toEqual([['annual-review-2024', 5]]);
  });

  it('rejects an unknown grouping and filters that cannot hold', () => {
    expect(() => aggregateMetrics({ by: 'month' as never })).toThrow(InvalidArgumentError);
    expect(() => aggregateMetrics(null as never)).toThrow('options: expected an object, got null');
    expect(() => aggregateMetrics({ by: 'scope', where: { level: 'planet' as never } })).toThrow(
      'level: expected one of national, province, district, commune, got "planet"',
    );
    expect(() =>
      aggregateMetrics({ by: 'scope', where: { cumulative: 'false' as never } }),
    ).toThrow('cumulative: expected true or false');
    expect(() => aggregateMetrics({ by: 'scope', where: { category: 'bogus' as never } })).toThrow(
      'category: expected one of',
    );
  });

  it('matches areas without regard to case or diacritics', () => {
    expect(
      aggregateMetrics({ by: 'scope', where: { area: 'quảng ninh' } }).map((group) => [
        group.key,
        group.metrics.length,
      ]),
    ).toEqual([['province:Quang Ninh', 11]]);
  });
});

describe('meetingStats and coChairPairs', () => {
  it('counts meetings per year, kind, person and document', () => {
    expect(meetingStats({ by: 'year' }).map((row) => [row.key, row.count])).toEqual([
      ['2018', 1],
      ['2021', 1],
      ['2023', 1],
      ['2025', 1],
    ]);
    expect(meetingStats({ by: 'kind' }).map((row) => [row.key, row.count])).toEqual([
      ['annual-review', 2],
      ['quarterly-review', 1],
      ['semiannual-review', 1],
    ]);
    expect(meetingStats({ by: 'document' }).map((row) => [row.key, row.count])).toEqual([
      ['decree-03-2019-nd-cp', 3],
      ['decree-77', 1],
    ]);
    const people = meetingStats({ by: 'person' });
    expect(people.slice(0, 2).map((row) => [row.label, row.count])).toEqual([
      ['Nguyen Tan Cuong', 3],
      ['Tran Quoc To', 3],
    ]);
    expect(people.find((row) => row.key === 'phan-dai-nghia')?.meetings).toEqual([
      'annual-review-2022',
    ]);
  });

  it('lists who co-chaired with whom, how often and where', () => {
    expect(coChairPairs().map((pair) => [pair.names, pair.count, pair.meetings])).toEqual([
      [
        ['Nguyen Tan Cuong', 'Tran Quoc To'],
        3,
        ['semiannual-review-2021-h1', 'annual-review-2022', 'annual-review-2024'],
      ],
      [['Luong Tam Quang', 'Tran Hong Cong'], 1, ['standing-agencies-review-2018-q3']],
    ]);
  });

  it('rejects an unknown grouping', () => {
    expect(() => meetingStats({ by: 'site' as never })).toThrow(InvalidArgumentError);
  });

  it('labels people by their names even when a document has the same id', () => {
    const dataset = createDataset({
      ...bundledDataset,
      documents: bundledDataset.documents
        .map((document) => (document.id === 'decree-77' ? document : document))
        .concat([
          {
            ...structuredClone(
              bundledDataset.documents.find(
                (document) => document.id === 'law-on-national-defence',
              )!,
            ),
            id: 'tran-quoc-to',
          },
        ]),
    });
    expect(
      meetingStats({ by: 'person', dataset }).find((row) => row.key === 'tran-quoc-to')?.label,
    ).toBe('Tran Quoc To');
  });
});
