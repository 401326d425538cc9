import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('search, on the bundled data', () => {
  it('finds records of any collection by a Vietnamese name, a whole name first', async () => {
    const hits = JSON.parse((await mndMps('search', 'Nghệ An', '--json')).stdout) as {
      collection: string;
      id: string;
      score: number;
    }[];
    expect(hits[0]).toMatchObject({ collection: 'places', id: 'nghe-an', score: 100 });
    const text = (await mndMps('search', 'Bộ Quốc phòng', '--collection', 'organizations')).stdout;
    expect(text.split('\n')[2]).toContain('ministry-of-national-defence');
    expect((await mndMps('search', 'qqqzzz')).stdout).toBe('Nothing matches.');
  });
});
