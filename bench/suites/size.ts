import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { bundleConsumer, keptInputs } from '../lib/bundle.js';
import { bundledRecords } from '../lib/synthetic-dataset.js';
import { type BenchResult, result } from '../lib/result.js';

/**
 * What the package costs in a consumer's bundle. Each case is bundled from stdin by esbuild
 * (bundle, minify, tree-shake, ESM, platform neutral), resolving the package by name from inside
 * it, and measured minified and gzipped (level 9). The baseline is the records themselves: the nine
 * dist/data JSON files as one array of collections, re-stringified without spaces and gzipped the
 * same way. The metafile also tells which bundles carry zod (or date-fns) modules: the `./data`
 * entry must carry none, and the single-helper bundles show whether one helper drags the schemas in.
 */

const HEAVY_DEPENDENCY = /node_modules\/(zod|date-fns)\//;
const BASELINE_NAME = 'the records as minified JSON';

interface Case {
  readonly label: string;
  readonly contents: string;
  /** When set, also report how many zod or date-fns modules the bundle holds, under this name (with this target). */
  readonly countHeavy?: { readonly name: string; readonly target?: number };
}

const CASES: readonly Case[] = [
  { label: "export * from '.'", contents: "export * from 'mnd-mps-coordination';" },
  {
    label: "export * from './data'",
    contents: "export * from 'mnd-mps-coordination/data';",
    countHeavy: { name: './data bundle holds zod or date-fns code', target: 0 },
  },
  { label: "export * from './schemas'", contents: "export * from 'mnd-mps-coordination/schemas';" },
  {
    label: 'getMeeting alone',
    contents:
      "import { getMeeting } from 'mnd-mps-coordination'; console.log(getMeeting('annual-review-2024'));",
    countHeavy: { name: 'getMeeting bundle holds zod or date-fns code' },
  },
  {
    label: 'sumQuantities alone',
    contents:
      "import { sumQuantities } from 'mnd-mps-coordination'; console.log(sumQuantities([]));",
    countHeavy: { name: 'sumQuantities bundle holds zod or date-fns code' },
  },
];

const gzipped = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** Modules of zod or date-fns that left code in the bundle (inputs tree-shaken to nothing are not counted). */
function heavyModules(metafile: Metafile): string[] {
  return keptInputs(metafile).filter((path) => HEAVY_DEPENDENCY.test(path));
}

/** The import chain from the stdin entry to the first zod or date-fns module (breadth first), e.g. "<stdin> → dist/index.js → ...". */
function chainToHeavy(metafile: Metafile): string | null {
  const previous = new Map<string, string | null>([['<stdin>', null]]);
  const queue = ['<stdin>'];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (HEAVY_DEPENDENCY.test(path)) {
      const chain: string[] = [];
      for (let step: string | null = path; step !== null; step = previous.get(step) ?? null)
        chain.unshift(step);
      return chain.join(' → ');
    }
    for (const { path: next } of metafile.inputs[path]?.imports ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, path);
      queue.push(next);
    }
  }
  return null;
}

/** Bundles each case and reports its minified and gzipped size against the records as JSON. */
export async function benchSize(log: (line: string) => void): Promise<BenchResult[]> {
  const json = JSON.stringify(Object.values(bundledRecords()));
  const baseline = { minified: Buffer.byteLength(json), gzipped: gzipped(json) };

  const results: BenchResult[] = [];
  const carriers: string[] = [];
  const heavyCounts: { name: string; count: number; chain: string | null; target?: number }[] = [];
  for (const { label, contents, countHeavy } of CASES) {
    log(`  size: ${label}`);
    const built = await bundleConsumer(contents);
    const { code } = built;
    const heavy = heavyModules(built.metafile);
    if (heavy.length > 0) carriers.push(label);
    results.push(
      result({
        suite: 'size',
        name: `${label}, minified`,
        scale: null,
        value: code.length,
        unit: 'bytes',
        baselineName: BASELINE_NAME,
        baseline: baseline.minified,
      }),
      result({
        suite: 'size',
        name: `${label}, gzipped`,
        scale: null,
        value: gzipped(code),
        unit: 'bytes',
        baselineName: BASELINE_NAME,
        baseline: baseline.gzipped,
      }),
    );
    if (countHeavy)
      heavyCounts.push({
        count: heavy.length,
        chain: heavy.length > 0 ? chainToHeavy(built.metafile) : null,
        ...countHeavy,
      });
  }

  const carriedBy =
    carriers.length > 0
      ? `bundles with zod or date-fns code: ${carriers.join('; ')}`
      : 'no bundle holds zod or date-fns code';
  for (const { name, count, chain, target } of heavyCounts) {
    results.push(
      result({
        suite: 'size',
        name,
        scale: null,
        value: count,
        unit: 'modules',
        baselineName: null,
        baseline: null,
        ...(target === undefined ? {} : { target, targetOn: 'value' as const }),
        note: `zod/date-fns modules leaving code in the bundle${chain ? ` (brought in by ${chain})` : ''}; ${carriedBy}`,
      }),
    );
  }
  return results;
}
