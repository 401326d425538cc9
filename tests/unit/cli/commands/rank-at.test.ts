import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('rank-at, on the bundled data', () => {
  it('gives the rank in force, what it rests on and the report that contradicts it', async () => {
    // Promoted to Đại tướng on 20 October 2024; one report of the meeting of 15 January 2025 still
    // calls him Senior Lieutenant General (the conflict is resolved to Senior General).
    const { stdout, status } = await mndMps('rank-at', 'Nguyễn Tân Cương', '2025-01-15');
    expect(status).toBe(0);
    expect(stdout).toContain(
      'rank: Đại tướng (dai-tuong), from the promotion of Đại tướng (20 Oct 2024)',
    );
    expect(stdout).toContain('contradicted by: Senior Lieutenant General (15 Jan 2025)');
    expect(stdout).toContain('conflict nguyen-tan-cuong-rank-2024: resolved to "Senior General"');
    const json = JSON.parse(
      (await mndMps('rank-at', 'nguyen-tan-cuong', '2024-11-15', '--json')).stdout,
    );
    expect(json).toMatchObject({ rank: 'dai-tuong', basis: 'promotion', contradicting: [] });
  });

  it('says when a person or a date is not one', async () => {
    expect(await mndMps('rank-at', 'Nguyen Tan Cuon', '2025')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "Nguyen Tan Cuong" (nguyen-tan-cuong)?'),
    });
    expect(await mndMps('rank-at', 'nguyen-tan-cuong', '15/01/2025')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('looks like day/month/year'),
    });
  });
});
