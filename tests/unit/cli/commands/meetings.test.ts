import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('meetings, on the bundled data', () => {
  it('meetings lists meetings earliest first, filtered by date; --json gives the records', async () => {
    const { stdout } = await mndMps('meetings', '--from', '2023', '--to', '2023');
    expect(stdout).toContain('annual-review-2022');
    expect(stdout).not.toContain('annual-review-2024');
    const [header, dashes] = stdout.split('\n');
    expect(dashes?.trimEnd().length).toBeLessThanOrEqual(header?.length ?? 0);
    expect(
      JSON.parse(
        (await mndMps('meetings', '--json', '--from', '2025-01-15', '--to', '2025-01-15')).stdout,
      ).map((meeting: { id: string }) => meeting.id),
    ).toContain('annual-review-2024');
  });
});
