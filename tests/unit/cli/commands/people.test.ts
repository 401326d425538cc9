import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('people, on the bundled data', () => {
  it('people searches by name, diacritics ignored, and never cuts cells when output is not a terminal', async () => {
    const to = (await mndMps('people', 'Trần Quốc Tỏ')).stdout;
    expect(to).toContain('tran-quoc-to');
    // Each rank once, in date order, its spellings under it; periods as people write them.
    expect(to).toContain(
      'Thiếu tướng: Thiếu tướng (31 Jul 2020), Major General (31 Jul 2020); Trung tướng: trung tướng (24 Sep 2020), Trung tướng (5 Jan 2021',
    );
    expect((await mndMps('people', 'zzz')).stdout).toBe('No official matches "zzz".');
    expect((await mndMps('people', 'Nguyen Tan Cuong')).stdout).toContain(
      'Senior General (15 Jan 2025)',
    );
  });
});
