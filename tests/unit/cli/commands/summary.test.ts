import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('summary, on the bundled data', () => {
  it('summary prints the counts and the national meetings in date order', async () => {
    const { status, stdout } = await mndMps('summary');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Records: \d+ sources, \d+ organizations, \d+ places, \d+ people/m);
    const order = [
      'standing-agencies-review-2018-q3',
      'semiannual-review-2021-h1',
      'annual-review-2022',
      'annual-review-2024',
    ].map((id) => stdout.indexOf(` ${id} `));
    expect(
      order.every(
        (position, index) => position > 0 && (index === 0 || position > (order[index - 1] ?? 0)),
      ),
    ).toBe(true);
    expect(JSON.parse((await mndMps('summary', '--json')).stdout)).toHaveProperty('counts.people');
  });
});
