// The bundled figures are counted in the right units, and their totals never mix scopes, units or period lengths.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { aggregateMetrics } from '../../../src/helpers/aggregate-metrics.js';
import { find } from '../../support/find-record.js';

const { metrics } = bundled;
const idsOf = (group: { readonly metrics: readonly { readonly id: string }[] }) =>
  group.metrics.map((metric) => metric.id);

describe('figures', () => {
  it('in turns (lượt) are never counted as persons or households', () => {
    const turns = metrics.filter((metric) => metric.counted.includes('lượt'));
    expect(turns.length).toBeGreaterThan(5);
    expect(
      turns.filter((metric) => ['persons', 'households'].includes(metric.unit)).map((m) => m.id),
    ).toEqual([]);
    // "hàng ngàn lượt hộ dân": thousands of household registrations, counted in turns.
    expect(find(metrics, 'annual-review-2010-border-self-management-households')).toMatchObject({
      indicator: 'border-self-management-household-turns',
      unit: 'household-turns',
    });
    // 230,759 officers and soldiers over 80,715 team turns in one province: person-turns.
    expect(
      find(metrics, 'semiannual-review-2023-h1-ba-ria-vung-tau-joint-team-personnel'),
    ).toMatchObject({ indicator: 'joint-team-personnel-turns', unit: 'person-turns' });
  });

  it('of persons arrested: the national five-year count and the provinces are never added', () => {
    const groups = aggregateMetrics({ by: 'indicator', indicator: 'persons-arrested' });
    const national = groups.find((group) => group.scope.level === 'national');
    // 8,432 suspects from July 2010 to January 2016 (the five-year review of Decree 77), alone.
    expect(national).toMatchObject({
      key: 'persons-arrested|national|persons|P2006D',
      total: { value: 8432, qualifier: 'exact', count: 1 },
    });
    expect(idsOf(national as never)).toEqual(['five-year-review-decree-77-persons-arrested']);
    // 276 in Ba Ria-Vung Tau in the first half of 2023, alone in its scope and length.
    expect(
      groups.find((group) => group.key === 'persons-arrested|province:ba-ria-vung-tau|persons|P6M'),
    ).toMatchObject({ total: { value: 276, qualifier: 'exact' } });
    // Dong Thap: 346 (2020) and "hàng trăm" (100 to 999, 2022): 446 to 1,345 over the two years.
    expect(
      groups.find((group) => group.key === 'persons-arrested|province:dong-thap|persons|P12M')
        ?.total,
    ).toMatchObject({ lower: 446, upper: 1345, qualifier: 'between' });
    // Nghe An, Q3 2023: 3,225 subjects in all, 3,129 by the police, 96 by the border guard, 20
    // jointly: a total and its parts, which are not added.
    const ngheAn = groups.find(
      (group) => group.of === 'persons-arrested' && group.scope.place === 'nghe-an',
    );
    expect(ngheAn?.total).toBeNull();
    expect(ngheAn?.reason).toMatch(/^figures of one period disagree: 3,225 persons and 20 persons/);
  });

  it('of personnel in joint teams: persons only, the national count apart', () => {
    const groups = aggregateMetrics({ by: 'indicator', indicator: 'joint-team-personnel' });
    expect(groups.map((group) => [group.key, idsOf(group), group.total?.value])).toEqual([
      [
        'joint-team-personnel|national|persons|P6M',
        ['semiannual-review-2020-h1-border-control-personnel'],
        9586,
      ],
    ]);
  });

  it('in every group of every grouping share one scope, unit and period length', () => {
    for (const by of ['indicator', 'category', 'year', 'scope', 'meeting'] as const)
      for (const group of aggregateMetrics({ by })) {
        const scopes = new Set(
          group.metrics.map((metric) => `${metric.scope.level} ${metric.scope.place}`),
        );
        const units = new Set(group.metrics.map((metric) => metric.unit));
        const periods = new Set(group.metrics.map((metric) => metric.period.edtf));
        expect([scopes.size, units.size], group.key).toEqual([1, 1]);
        expect(group.key.split('|').slice(2, 3), group.key).toEqual([...units]);
        // A group's periods are all years, or all quarters, ... (checked by hand for a few).
        if (group.length === 'P12M')
          expect(
            [...periods].every((edtf) => /^\d{4}[?~%]?$/.test(edtf)),
            group.key,
          ).toBe(true);
      }
  });
});
