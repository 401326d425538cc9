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

  it('summary prints the provincial series, chairless meetings included, and results only as headlines', async () => {
    const { stdout } = await mndMps('summary');
    const provincial = stdout.slice(stdout.indexOf('Provincial meetings'));
    // Quang Nam's review of 2023, held on 19 January 2024: a page reports it, and names no chair.
    expect(provincial).toContain('19 Jan 2024  quang-nam-review-2023; no co-chair named');
    expect(provincial).toMatch(
      / {2}Nghe An \(\d+ meetings\):\n {4}21 Jan 2013\* {2}nghe-an-review-2012/,
    );
    const headlines = stdout.slice(stdout.indexOf('Headline results'));
    expect(headlines).toContain('1.584 tổ (1,584 teams)');
    expect(headlines).not.toContain('Bridge sites');
    expect(headlines).not.toContain('Delegates');
  });
});
