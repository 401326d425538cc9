import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('show, on the bundled data', () => {
  it('show prints a record and the kind of each piece of its evidence', async () => {
    const { stdout } = await mndMps('show', 'vietnamvn-giao-ban-2024');
    expect(stdout).toMatch(/^sources\/vietnamvn-giao-ban-2024/);
    expect(stdout).toContain('[cited]: the date the publisher gives the page');
    const json = JSON.parse(
      (await mndMps('show', 'tran-quoc-to', '--collection', 'people', '--json')).stdout,
    ) as {
      collection: string;
      evidence: {
        kind: string;
        quote?: string;
        locator?: string;
        note?: string;
        sourceKind: string;
      }[];
    };
    expect(json.collection).toBe('people');
    // Quotes of the bundled articles and places cited on public pages, each saying which it is.
    expect(new Set(json.evidence.map((item) => item.kind))).toEqual(new Set(['quote', 'cited']));
    for (const item of json.evidence)
      expect(
        item.kind === 'quote'
          ? [item.sourceKind, typeof item.quote]
          : [item.sourceKind, typeof item.note],
      ).toEqual(item.kind === 'quote' ? ['bundled', 'string'] : ['cited', 'string']);
  });
});
