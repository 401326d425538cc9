import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('conflicts, on the bundled data', () => {
  it('lists every disagreement with its claims and how it was settled; --open the unsettled', async () => {
    const all = (await mndMps('conflicts')).stdout;
    expect(all).toContain('nguyen-tan-cuong-rank-2024');
    expect(all).toContain('“Senior Lieutenant General” vs “Senior General”');
    const open = JSON.parse((await mndMps('conflicts', '--open', '--json')).stdout) as {
      id: string;
      resolution: unknown;
    }[];
    expect(open.map((conflict) => conflict.id)).toContain('annual-review-2022-organizer');
    expect(open.map((conflict) => conflict.id)).not.toContain('nguyen-tan-cuong-rank-2024');
    expect(open.every((conflict) => conflict.resolution === null)).toBe(true);
  });
});
