import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { tableNamed } from '../../../src/export/tables.js';
import { csvText } from '../../../src/export/write-exports.js';
import { aggregateMetrics } from '../../../src/helpers/aggregate-metrics.js';
import { figuresFixture, fixture } from '../../support/fixture.js';
import { projectRoot, scratchDir } from '../../support/paths.js';

const dataset = fixture();
const figures = figuresFixture();

describe('aggregateMetrics', () => {
  it('groups by year, "multi-year" last, one group per scope, unit and period length', () => {
    // The fixture's metrics: links 2021 (more than 100) and drug cases 2021 (12), national;
    // links 2022 (more than 200), national; households up to 9 Feb 2023 (nearly 50), Quang Ninh.
    expect(
      aggregateMetrics({ dataset, by: 'year' }).map((group) => [
        group.key,
        group.metrics.map((metric) => metric.id),
        group.total?.qualifier ?? null,
      ]),
    ).toEqual([
      ['2021|national|cases|P12M', ['drugs-2021'], 'exact'],
      ['2021|national|links|P12M', ['links-2021'], 'more-than'],
      ['2022|national|links|P12M', ['links-2022'], 'more-than'],
      ['multi-year|province:quang-ninh|households|open', ['households-2022'], 'less-than'],
    ]);
  });

  it('says in each group its grouping value, scope, unit and period length', () => {
    const [links] = aggregateMetrics({ dataset, by: 'indicator', indicator: 'links-removed' });
    expect(links).toMatchObject({
      key: 'links-removed|national|links|P12M',
      label: 'Links removed: national, links, periods of 12 months',
      of: 'links-removed',
      scope: { level: 'national', place: null },
      unit: 'links',
      length: 'P12M',
      reason: null,
    });
    // More than 100 and more than 200: more than 300, never a false exact.
    expect(links?.total).toEqual({
      value: null,
      lower: 300,
      lowerExclusive: true,
      upper: null,
      upperExclusive: false,
      qualifier: 'more-than',
      count: 2,
    });
  });

  it('never adds national and local figures, or periods of different lengths', () => {
    // Arrests: national 100 (2021) and 120 (2022, reported again as "more than 100"); Quang Ninh
    // 10 (H1 2022), 30 and 25 (2022); Ha Long district nearly 5 (2022).
    expect(
      aggregateMetrics({ dataset: figures, by: 'indicator', indicator: 'arrests' }).map((group) => [
        group.key,
        group.label,
        group.total?.lower ?? null,
        group.total?.upper ?? null,
      ]),
    ).toEqual([
      [
        'arrests|national|persons|P12M',
        'Arrests: national, persons, periods of 12 months',
        220,
        220,
      ],
      [
        'arrests|province:quang-ninh|persons|P6M',
        'Arrests: Quang Ninh (province), persons, periods of 6 months',
        10,
        10,
      ],
      [
        'arrests|province:quang-ninh|persons|P12M',
        'Arrests: Quang Ninh (province), persons, periods of 12 months',
        null,
        null,
      ],
      [
        'arrests|district:ha-long|persons|P12M',
        'Arrests: Ha Long (district), persons, periods of 12 months',
        null,
        5,
      ],
    ]);
  });

  it('takes two reports of one figure as one (120 and "more than 100" are 120), not as two', () => {
    const [national] = aggregateMetrics({
      dataset: figures,
      by: 'indicator',
      indicator: 'arrests',
      level: 'national',
    });
    expect(national?.metrics.map((metric) => metric.id)).toEqual([
      'arrests-2021',
      'arrests-2022',
      'arrests-2022-again',
    ]);
    // 100 + 120 = 220, exact: "more than 100" agrees with 120 and adds nothing.
    expect(national?.total).toMatchObject({ value: 220, qualifier: 'exact', count: 2 });
  });

  it('gives no total, and says why, when figures of one period disagree or periods overlap', () => {
    const [, , quangNinh] = aggregateMetrics({
      dataset: figures,
      by: 'indicator',
      indicator: 'arrests',
    });
    expect(quangNinh?.total).toBeNull();
    expect(quangNinh?.reason).toBe(
      'figures of one period disagree: 30 persons and 25 persons for 2022 cannot both be the figure (several figures of one period and scope, such as a total and its parts, are never added)',
    );
    // Patrols: 10 in 2021 and 12 from July 2021 to June 2022, both 12 months long.
    const [patrols] = aggregateMetrics({ dataset: figures, by: 'indicator', indicator: 'patrols' });
    expect(patrols).toMatchObject({
      key: 'patrols|national|patrol-turns|P12M',
      total: null,
      reason: 'periods overlap: 2021 and Jul 2021 to Jun 2022',
    });
  });

  it('adds figures of different indicators in one unit, scope and period length (a category)', () => {
    const crime = aggregateMetrics({ dataset: figures, by: 'category', category: 'crime' });
    expect(crime.map((group) => group.key)).toEqual([
      'crime|national|cases|P12M',
      'crime|national|persons|P12M',
      'crime|province:quang-ninh|person-turns|P12M',
      'crime|province:quang-ninh|persons|P6M',
      'crime|province:quang-ninh|persons|P12M',
      'crime|district:ha-long|persons|P12M',
    ]);
    // Arrests 100 (2021) and 120 (2022), drug suspects 7 (2022): 227 persons; the 40 arrest turns
    // in Quang Ninh are a group of their own, never persons.
    expect(crime[1]?.total).toMatchObject({ value: 227, qualifier: 'exact', count: 3 });
    expect(crime[2]?.total).toMatchObject({ value: 40, qualifier: 'exact', count: 1 });
  });

  it('groups by scope and by meeting', () => {
    expect(
      aggregateMetrics({ dataset, by: 'scope' }).map((group) => [group.key, group.label]),
    ).toEqual([
      ['national|national|cases|P12M', 'national: cases, periods of 12 months'],
      ['national|national|links|P12M', 'national: links, periods of 12 months'],
      [
        'province:quang-ninh|province:quang-ninh|households|open',
        'Quang Ninh (province): households, open periods',
      ],
    ]);
    // National first, then the province, then the district inside it.
    const scopes = aggregateMetrics({ dataset: figures, by: 'scope' }).map((group) => group.of);
    expect([...new Set(scopes)]).toEqual(['national', 'province:quang-ninh', 'district:ha-long']);
    expect(
      aggregateMetrics({ dataset, by: 'meeting', cumulative: false }).map((group) => [
        group.key,
        group.label,
      ]),
    ).toEqual([
      [
        'review-2021|national|cases|P12M',
        'A meeting known only to its year: national, cases, periods of 12 months',
      ],
      [
        'review-2021|national|links|P12M',
        'A meeting known only to its year: national, links, periods of 12 months',
      ],
      ['review-2022|national|links|P12M', 'Review of 2022: national, links, periods of 12 months'],
    ]);
  });

  it('with allowMixed, groups by the grouping value alone and adds every quantity as reported', () => {
    expect(aggregateMetrics({ dataset, by: 'year', allowMixed: true })).toEqual([
      expect.objectContaining({
        key: '2021',
        label: '2021',
        units: ['cases', 'links'],
        scopes: [{ level: 'national', place: null }],
        lengths: ['P12M'],
        // 12 cases and more than 100 links: more than 112 of mixed units, as asked.
        total: expect.objectContaining({
          lower: 112,
          lowerExclusive: true,
          qualifier: 'more-than',
        }),
      }),
      expect.objectContaining({ key: '2022', units: ['links'] }),
      expect.objectContaining({ key: 'multi-year', lengths: ['open'] }),
    ]);
    const [mixed] = aggregateMetrics({
      dataset: figures,
      by: 'indicator',
      indicator: 'arrests',
      level: 'national',
      allowMixed: true,
    });
    // 100 + 120 + more than 100: the second report of 2022 is added too.
    expect(mixed?.total).toMatchObject({ lower: 320, lowerExclusive: true, count: 3 });
  });

  it('keeps an unfiltered aggregation once per dataset, grouping and allowMixed', () => {
    const first = aggregateMetrics({ dataset, by: 'indicator' });
    expect(aggregateMetrics({ dataset, by: 'indicator' })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    const mixed = aggregateMetrics({ dataset, by: 'indicator', allowMixed: true });
    expect(mixed).not.toBe(first);
    expect(aggregateMetrics({ dataset, by: 'indicator', allowMixed: true })).toBe(mixed);
    expect(aggregateMetrics({ dataset, by: 'indicator', cumulative: false })).not.toBe(first);
  });

  it('rejects an unknown grouping, filter or allowMixed value', () => {
    expect(() => aggregateMetrics({ dataset, by: 'month' as never })).toThrow(InvalidArgumentError);
    expect(() => aggregateMetrics({ dataset, by: 'year', where: {} } as never)).toThrow(
      /unknown option "where"/,
    );
    expect(() => aggregateMetrics({ dataset, by: 'year', allowMixed: 'yes' as never })).toThrow(
      /allowMixed: expected true or false, got "yes"/,
    );
  });
});

describe('the SQL of the data tools guide', () => {
  it('gives the totals worked out by hand for the figures fixture', async () => {
    const guide = readFileSync(join(projectRoot, 'docs', 'data-tools.md'), 'utf8');
    const query = /```sql\n(-- totals you can trust[\s\S]*?)```/.exec(guide)?.[1];
    expect(query).toBeDefined();
    const csv = join(scratchDir('mnd-mps-figures'), 'metrics.csv');
    writeFileSync(csv, csvText(figures, tableNamed('metrics')));
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      const rows = (
        await db.runAndReadAll(
          (query as string).replace(
            'node_modules/mnd-mps-coordination/dist/data/csv/metrics.csv',
            csv,
          ),
        )
      ).getRowObjectsJson();
      const row = (indicator: string, place: string | null, length: string) =>
        rows
          .filter((r) => r.indicator === indicator && r.place === place && r.length === length)
          .map((r) => [r.figures, r.lower, r.upper]);
      // 100 (2021) and 120 with "more than 100" (2022): two figures, 220.
      expect(row('arrests', null, 'P12M')).toEqual([['2', '220', '220']]);
      expect(row('arrests', 'quang-ninh', 'P6M')).toEqual([['1', '10', '10']]);
      // 30 and 25 for 2022 cannot both be the figure: no total.
      expect(row('arrests', 'quang-ninh', 'P12M')).toEqual([['1', null, null]]);
      expect(row('arrests', 'ha-long', 'P12M')).toEqual([['1', null, '5']]);
      // 2021 and July 2021 to June 2022 overlap: no total.
      expect(row('patrols', null, 'P12M')).toEqual([['2', null, null]]);
      expect(row('households', 'quang-ninh', 'open')).toEqual([['1', null, '50']]);
      expect(rows).toHaveLength(10);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });
});
