import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('inferred and cited-only, on the bundled data', () => {
  it('inferred lists the inferred facts of a record with the reasoning', async () => {
    const facts = JSON.parse(
      (await mndMps('inferred', '--collection', 'meetings', '--id', 'annual-review-2022', '--json'))
        .stdout,
    ) as { field: string; note: string }[];
    expect(facts.map((fact) => fact.field)).toContain('date');
    expect((await mndMps('inferred', '--collection', 'meetings')).stdout).toContain('reasoning');
  });

  it('cited-only lists what rests on cited pages alone, with the pages', async () => {
    const text = (await mndMps('cited-only', '--collection', 'people', '--id', 'nguyen-tan-cuong'))
      .stdout;
    expect(text).toContain('vnexpress-4806211');
    expect(await mndMps('cited-only', '--collection', 'peple')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "people"?'),
    });
  });
});
