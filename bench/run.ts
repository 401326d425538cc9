import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describeMachine, targetSummary, textTable } from './lib/report.js';
import { performancePage } from './lib/performance-page.js';
import type { BenchResult } from './lib/result.js';
import { benchHelpers, growthResults, type HelperRun } from './suites/helpers.js';
import { benchSize } from './suites/size.js';
import { benchStartup } from './suites/startup.js';
import { benchTypeCheck } from './suites/type-check.js';

/**
 * `npm run bench`: every benchmark, printed as a table and written to bench/results.json and
 * docs/performance.md. `--scales 1,100` measures the helpers at fewer scales (for a quick look);
 * `--only helpers,size` runs some suites only. Progress goes to stderr, the table to stdout.
 */

const SUITES = ['helpers', 'start-up', 'size', 'type-check'] as const;
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,100,1000' },
    only: { type: 'string', default: SUITES.join(',') },
  },
});
const scales = values.scales.split(',').map(Number);
if (scales.some((scale) => !Number.isInteger(scale) || scale < 1))
  throw new Error(
    `--scales takes whole numbers of 1 or more, such as 1,100,1000; got ${values.scales}`,
  );
const only = values.only.split(',');
for (const name of only)
  if (!(SUITES as readonly string[]).includes(name))
    throw new Error(`--only takes suites among ${SUITES.join(', ')}; got ${name}`);

const log = (line: string) => process.stderr.write(`${line}\n`);
const results: BenchResult[] = [];

if (only.includes('helpers')) {
  const runs = new Map<number, HelperRun>();
  for (const scale of scales) {
    log(`helpers at ${scale}x`);
    const run = benchHelpers(scale, log);
    runs.set(scale, run);
    results.push(...run.results);
  }
  const [large, small] = [...scales].sort((a, b) => b - a);
  if (large !== undefined && small !== undefined)
    results.push(...growthResults(runs.get(small)!, runs.get(large)!, small, large));
}
if (only.includes('start-up')) {
  log('start-up');
  results.push(...benchStartup(log));
}
if (only.includes('size')) {
  log('size');
  results.push(...(await benchSize(log)));
}
if (only.includes('type-check')) {
  log('type-check');
  results.push(...benchTypeCheck(log));
}

const run = {
  date: new Date().toISOString().slice(0, 10),
  machine: describeMachine(),
  scales,
  results,
};
writeFileSync(
  fileURLToPath(new URL('results.json', import.meta.url)),
  `${JSON.stringify(run, null, 2)}\n`,
);
writeFileSync(
  fileURLToPath(new URL('../docs/performance.md', import.meta.url)),
  performancePage(run),
);
console.log(textTable(results));
console.log(`\n${targetSummary(results)}`);
