import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('people, on the bundled data', () => {
  it('people searches by name, diacritics ignored, and never cuts cells when output is not a terminal', async () => {
    expect((await mndMps('people', 'Trần Quốc Tô')).stdout).toContain('tran-quoc-to');
    expect((await mndMps('people', 'zzz')).stdout).toBe('No official matches "zzz".');
    expect((await mndMps('people', 'Nguyen Tan Cuong')).stdout).toContain(
      'Senior General (2025-01-15)',
    );
  });
});
