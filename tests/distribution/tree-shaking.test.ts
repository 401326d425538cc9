import { describe, expect, it } from 'vitest';
import { bundleConsumer, keptInputs } from '../../bench/lib/bundle.js';

/** What a consumer's bundler keeps when it imports part of the built package by name. */
async function bundle(contents: string) {
  const { code, metafile } = await bundleConsumer(contents);
  const kept = keptInputs(metafile);
  return { bytes: code.length, zod: kept.filter((path) => path.includes('node_modules/zod/')) };
}

describe('tree-shaking the built package', () => {
  it('a helper that needs no records and no schemas bundles neither', async () => {
    const sum = await bundle(
      "import { sumQuantities } from 'mnd-mps-coordination'; console.log(sumQuantities([]));",
    );
    expect(sum.zod).toEqual([]);
    const everything = await bundle("export * from 'mnd-mps-coordination';");
    expect(everything.zod.length).toBeGreaterThan(0);
    expect(sum.bytes * 20).toBeLessThan(everything.bytes);
  });

  it('a lookup bundles the records but not zod, and ./data holds no zod', async () => {
    const lookup = await bundle(
      "import { getMeeting } from 'mnd-mps-coordination'; console.log(getMeeting('annual-review-2024').title);",
    );
    expect(lookup.zod).toEqual([]);
    const data = await bundle("export * from 'mnd-mps-coordination/data';");
    expect(data.zod).toEqual([]);
  });

  it('one collection of ./data leaves the others out', async () => {
    const meetings = await bundle(
      "import { meetings } from 'mnd-mps-coordination/data'; console.log(meetings.length);",
    );
    const data = await bundle("export * from 'mnd-mps-coordination/data';");
    expect(meetings.bytes * 3).toBeLessThan(data.bytes);
  });
});
