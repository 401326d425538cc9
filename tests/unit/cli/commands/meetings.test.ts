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

  it('says in words that a meeting names no co-chair, where the co-chairs would be', async () => {
    const { stdout } = await mndMps('meetings', '--from', '2024-01-18', '--to', '2024-01-19');
    const [header = '', , ...rows] = stdout.split('\n');
    const column = header.indexOf('chaired by');
    const cell = (id: string) =>
      rows
        .find((row) => row.includes(` ${id} `))
        ?.slice(column)
        .split(/ {2,}/)[0];
    // Quang Nam's review of 2023, held on 19 January 2024: its page names no chair.
    expect(cell('quang-nam-review-2023')).toBe('no co-chair named');
    // Ha Tinh's review of 2023, the day before, names four.
    expect(cell('ha-tinh-review-2023')).toBe(
      'Vo Trong Hai, Nguyen Hong Phong, Bui Hong Thanh, Hoang Anh Tu',
    );
  });
});
