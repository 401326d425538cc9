import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('timeline, on the bundled data', () => {
  it('timeline --by lists every bucket of the range, as --json does, marking events that span buckets', async () => {
    const text = (await mndMps('timeline', '--from', '2023', '--to', '2023', '--by', 'quarter'))
      .stdout;
    for (const quarter of ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'])
      expect(text).toContain(quarter);
    const grouped = JSON.parse(
      (await mndMps('timeline', '--from', '2023', '--to', '2023', '--by', 'quarter', '--json'))
        .stdout,
    ) as { key: string }[];
    expect(grouped.map((bucket) => bucket.key)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    expect(
      (await mndMps('timeline', '--from', '2018-07', '--to', '2018-09', '--by', 'month')).stdout,
    ).toContain('(spans)');
  });
});
