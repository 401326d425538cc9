import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('metrics, on the bundled data', () => {
  it('metrics filters by indicator and scope, case and diacritics ignored', async () => {
    const links = JSON.parse(
      (await mndMps('metrics', '--indicator', 'links-removed', '--scope', 'NATIONAL', '--json'))
        .stdout,
    ) as { quantity: { asReported: string } }[];
    expect(links.map((metric) => metric.quantity.asReported)).toEqual(
      expect.arrayContaining(['more than 14,000', 'more than 13,000']),
    );
    const quangNinh = JSON.parse(
      (await mndMps('metrics', '--scope', 'quảng ninh', '--json')).stdout,
    ) as { scope: { place: string; level: string } }[];
    expect(quangNinh.length).toBeGreaterThan(0);
    expect(
      quangNinh.every(
        (metric) => metric.scope.place === 'quang-ninh' && metric.scope.level === 'province',
      ),
    ).toBe(true);
    expect(await mndMps('metrics', '--scope', 'Quang Nin')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Did you mean "Quang Ninh"?'),
    });
  });
});
