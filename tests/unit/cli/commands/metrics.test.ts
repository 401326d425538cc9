import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('metrics, on the bundled data', () => {
  it('metrics filters by indicator, level and place, a place named with case and diacritics ignored', async () => {
    const links = JSON.parse(
      (await mndMps('metrics', '--indicator', 'links-removed', '--level', 'national', '--json'))
        .stdout,
    ) as { quantity: { asReported: string } }[];
    expect(links.map((metric) => metric.quantity.asReported)).toEqual(
      expect.arrayContaining(['more than 14,000', 'more than 13,000']),
    );
    const quangNinh = JSON.parse(
      (await mndMps('metrics', '--place', 'quảng ninh', '--json')).stdout,
    ) as { scope: { place: string; level: string } }[];
    expect(quangNinh.length).toBeGreaterThan(0);
    expect(
      quangNinh.every(
        (metric) => metric.scope.place === 'quang-ninh' && metric.scope.level === 'province',
      ),
    ).toBe(true);
    expect(await mndMps('metrics', '--place', 'Quang Nin')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "Quang Ninh" (quang-ninh)?'),
    });
    // Every filter of filterMetrics is an option: running totals only, within a category.
    const totals = JSON.parse(
      (await mndMps('metrics', '--cumulative', 'true', '--category', 'cyberspace', '--json'))
        .stdout,
    ) as { cumulative: boolean; indicator: string }[];
    expect(totals.every((metric) => metric.cumulative)).toBe(true);
  });
});
