/**
 * `npm run bench`: what a user of the package feels, each against a baseline measured in the same
 * run, printed and written to docs/performance.md.
 *
 * - time to the first answer in a fresh process (the root entry's getRecord, and `mnd-mps
 *   summary`) against a process that reads and parses the same records as JSON;
 * - the gzipped size of ./data and of one helper imported alone, against the records as JSON;
 * - createDataset on 1,000 and 10,000 records against parsing them with the zod schemas;
 * - the time to type-check a consumer file against a file that uses no package;
 * - validation of hostile input at 1, 10 and 100 times the sizes of the hostile-input issue.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { bundleConsumer } from './lib/bundle.js';
import { bundled } from '../src/bundled.js';
import { COLLECTION_NAMES } from '../src/core/collections.js';
import { COLLECTIONS } from '../src/schemas/collections.js';
import { validateDataFolder } from '../src/authoring/validate-data-folder.js';
import {
  aggregateMetrics,
  citedOnlyFacts,
  coChairPairs,
  conflictsFor,
  evidenceFor,
  filterMeetings,
  filterMetrics,
  findRecord,
  getRecord,
  groupTimeline,
  InvalidArgumentError,
  inferredFacts,
  meetingStats,
  metricSeries,
  positionsAt,
  rankAt,
  recordsInPlace,
  search,
  searchDocuments,
  searchOrganizations,
  searchPeople,
  sumQuantities,
  summarizeDataset,
  timeline,
} from '../src/index.js';
import type { DatasetInput } from '../src/validate/dataset-input.js';
import { codeLines } from './lib/code-lines.js';
import { copies } from './lib/copies.js';
import { createDataset, validateRecords } from '../src/validate/validate-records.js';
import {
  danglingParents,
  invalidMeetings,
  misplacedQuote,
  redirects,
  unknownKeysFolder,
} from '../tests/support/hostile-input.js';

/** The message of the UnknownIdError a lookup of an unknown id throws. */
const getMeetingOrMessage = (id: string) => {
  try {
    return getRecord('meetings', id as never);
  } catch (error) {
    return (error as Error).message;
  }
};

const root = join(import.meta.dirname, '..');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: {
  measure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  holds: string;
}[] = [];
const row = (
  measure: string,
  value: number,
  baseline: number,
  format: (n: number) => string,
  target?: number,
) =>
  rows.push({
    measure,
    value: format(value),
    baseline: format(baseline),
    ratio: `${(value / baseline).toFixed(2)}x`,
    target: target === undefined ? '' : `≤ ${target}x`,
    holds: target === undefined ? '' : value / baseline <= target ? 'yes' : 'NO',
  });

/** The median wall time of a fresh process, over `runs` runs, interleaved with the baseline's. */
function processTimes(commands: Record<string, string[]>, runs = 15): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(commands).map((name) => [name, []]),
  );
  for (let run = 0; run < runs; run += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
      times[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

console.error('bench: first answers in fresh processes (15 runs each)');
// The baseline reads the same records as JSON files (one per collection, as the bench writes
// them), whatever the package ships in dist/data.
const startup = join(root, 'bench', '.startup');
mkdirSync(startup, { recursive: true });
for (const name of COLLECTION_NAMES)
  writeFileSync(join(startup, `${name}.json`), JSON.stringify(bundled[name]));
const readJson = `const fs = require('fs'); for (const c of ${JSON.stringify(COLLECTION_NAMES)}) JSON.parse(fs.readFileSync('bench/.startup/' + c + '.json', 'utf8'));`;
const first = processTimes({
  baseline: ['-e', readJson],
  root: [
    '--input-type=module',
    '-e',
    "import { getRecord } from './dist/index.js'; getRecord('meetings', 'annual-review-2022');",
  ],
  rootCjs: ['-e', "require('./dist/index.cjs').getRecord('meetings', 'annual-review-2022');"],
  data: [
    '--input-type=module',
    '-e',
    "import { meetings } from './dist/data.js'; meetings.length;",
  ],
  cli: ['dist/cli/mnd-mps.js', 'summary'],
});
row('first answer: root entry, ESM (`getRecord`)', first.root ?? 0, first.baseline ?? 1, ms, 1.3);
row('first answer: root entry, CommonJS', first.rootCjs ?? 0, first.baseline ?? 1, ms, 1.3);
row('first answer: ./data', first.data ?? 0, first.baseline ?? 1, ms);
row('first answer: `mnd-mps summary`', first.cli ?? 0, first.baseline ?? 1, ms, 1.5);

console.error('bench: bundle sizes (esbuild, minified, gzipped)');
const recordsJson = gzipSync(
  JSON.stringify(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, bundled[name]]))),
).length;
const gz = async (contents: string) => gzipSync((await bundleConsumer(contents)).code).length;
row(
  'bundle: ./data, all of it',
  await gz("export * from 'mnd-mps-coordination/data';"),
  recordsJson,
  kb,
);
row(
  'bundle: `getRecord` alone',
  await gz(
    "import { getRecord } from 'mnd-mps-coordination'; console.log(getRecord('meetings', 'annual-review-2022'));",
  ),
  recordsJson,
  kb,
);
row(
  'bundle: `sumQuantities` alone',
  await gz("import { sumQuantities } from 'mnd-mps-coordination'; console.log(sumQuantities([]));"),
  recordsJson,
  kb,
);

console.error('bench: createDataset against parsing with zod');
const time = (work: () => void, runs = 5, warmUps = 1) => {
  for (let run = 0; run < warmUps; run += 1) work();
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    values.push(performance.now() - start);
  }
  return median(values);
};
/** The bundled records plus `extra` copies of their metrics under new ids: a metrics-heavy mix. */
function userRecords(extra: number) {
  const added = Array.from({ length: extra }, (_, index) => ({
    ...bundled.metrics[index % bundled.metrics.length]!,
    id: `user-metric-${index}`,
  }));
  return { ...bundled, metrics: [...bundled.metrics, ...added] };
}
const mixes: [string, Record<string, readonly unknown[]>][] = [
  ['the bundled records', { ...bundled }],
  ['the bundled records and 30,000 more metrics', userRecords(30_000)],
  ['the bundled records copied 10 times', copies(bundled, 10)],
  ['the bundled records copied 100 times', copies(bundled, 100)],
];
for (const [mix, input] of mixes) {
  const count = COLLECTION_NAMES.reduce((total, name) => total + (input[name]?.length ?? 0), 0);
  const zod = time(() => {
    for (const name of COLLECTION_NAMES)
      for (const record of input[name] ?? []) COLLECTIONS[name].schema.safeParse(record);
  }, 3);
  const create = time(() => createDataset(input as DatasetInput), 3);
  row(`createDataset: ${mix} (${count.toLocaleString('en')} records)`, create, zod, ms, 2);
}

console.error('bench: every helper on the bundled records copied 100 times');
// Each helper's indexes are built by its first call (the `first call` column); the value is the
// median of 7 calls after 3 (target: at most 5 ms a call).
const large = createDataset(copies(bundled, 100) as DatasetInput);
const big = { dataset: large } as never;
const hundredfold: [string, () => unknown][] = [
  ['getRecord', () => getRecord('meetings', 'annual-review-2022-57' as never, big)],
  ['timeline()', () => timeline(big)],
  [
    'timeline({ person })',
    () => timeline({ dataset: large, person: 'nguyen-tan-cuong-57' } as never),
  ],
  [
    'groupTimeline(timeline({ person }), year)',
    () => groupTimeline(timeline({ dataset: large, person: 'tran-quoc-to-3' } as never), 'year'),
  ],
  ['rankAt', () => rankAt('nguyen-tan-cuong-5' as never, '2025-01-15', big)],
  ['positionsAt', () => positionsAt('nguyen-tan-cuong-5' as never, '2025-01-15', big)],
  [
    'filterMeetings({ person })',
    () => filterMeetings({ dataset: large, person: 'tran-quoc-to-9' } as never),
  ],
  ['filterMeetings()', () => filterMeetings(big)],
  [
    'filterMetrics({ indicator })',
    () => filterMetrics({ dataset: large, indicator: 'links-removed-9' } as never),
  ],
  [
    'filterMetrics({ place })',
    () => filterMetrics({ dataset: large, place: 'nghe-an-9' } as never),
  ],
  ['metricSeries', () => metricSeries('links-removed-9' as never, big)],
  [
    'aggregateMetrics({ by: indicator })',
    () => aggregateMetrics({ dataset: large, by: 'indicator' } as never),
  ],
  [
    'aggregateMetrics({ by: indicator, indicator })',
    () =>
      aggregateMetrics({
        dataset: large,
        by: 'indicator',
        indicator: 'persons-arrested-9',
      } as never),
  ],
  [
    'sumQuantities(metrics of one indicator)',
    () => sumQuantities(filterMetrics({ dataset: large, indicator: 'links-removed-9' } as never)),
  ],
  ['meetingStats({ by: person })', () => meetingStats({ dataset: large, by: 'person' } as never)],
  ['coChairPairs()', () => coChairPairs(big)],
  ['recordsInPlace', () => recordsInPlace('nghe-an-9' as never, big)],
  ['search', () => search('Nghệ An', big)],
  ['searchPeople', () => searchPeople('Nguyen Tan Cuong', big)],
  ['searchOrganizations', () => searchOrganizations('Bộ Công an', big)],
  ['searchDocuments', () => searchDocuments('Nghị định 03', big)],
  ['evidenceFor', () => evidenceFor('meetings', 'annual-review-2022-9' as never, big)],
  ['conflictsFor', () => conflictsFor('people', 'nguyen-tan-cuong-9' as never, big)],
  ['inferredFacts()', () => inferredFacts(big)],
  ['citedOnlyFacts()', () => citedOnlyFacts(big)],
  ['summarizeDataset()', () => summarizeDataset(big)],
];
const helperRows: string[] = [];
for (const [name, call] of hundredfold) {
  const start = performance.now();
  call();
  const firstCall = performance.now() - start;
  const value = time(call, 7, 3);
  helperRows.push(
    `| ${name} | ${ms(firstCall)} | ${ms(value)} | ≤ 5 ms | ${value <= 5 ? 'yes' : 'NO'} |`,
  );
}

console.error('bench: the package');
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }),
) as { unpackedSize: number; entryCount: number }[];
const unpacked = packed[0]?.unpackedSize ?? 0;
const sourceLines = codeLines(join(root, 'src'));
const packageRows = [
  `| unpacked size of the package (npm pack) | ${(unpacked / 1e6).toFixed(2)} MB in ${packed[0]?.entryCount} files | ≤ 5 MB | ${unpacked <= 5e6 ? 'yes' : 'NO'} |`,
  `| code lines in src/ (not blank, not comments; src/generated aside) | ${sourceLines.toLocaleString('en')} | ≤ 5,000 | ${sourceLines <= 5000 ? 'yes' : 'NO'} |`,
];

console.error('bench: hostile input at 1x, 10x and 100x the sizes of the hostile-input issue');
// Each row: the time at a size against the time at the size. Linear growth is about the
// size ratio (10x, 100x); a quadratic path would show 100x and 10,000x. Sizes that do not fit in
// memory or in a bench run are left out, with the reason in the table.
const hostile: {
  name: string;
  sizes: readonly number[];
  skipped?: string;
  run: (size: number) => () => unknown;
}[] = [
  {
    name: 'validateRecords: misplaced quote in a text of N code points',
    // 33,000,000: just under the cap on a source text (32 MiB, README "Limits").
    sizes: [1e6, 1e7, 3.3e7],
    run: (size) => {
      const { input, texts } = misplacedQuote(size);
      return () => validateRecords(input, { texts });
    },
  },
  {
    name: 'mnd-mps validate: record file with N unknown keys',
    // 700,000: a 15 MB file, just under the cap on a record file (16 MiB, README "Limits").
    sizes: [1e5, 7e5],
    skipped: 'a record file over 16 MiB (about 780,000 such keys) is refused before it is parsed',
    run: (size) => {
      const folder = unknownKeysFolder(size);
      return () => validateDataFolder(folder.root);
    },
  },
  {
    name: 'createDataset: N organizations with a dangling parent',
    // 300,000: the growth shows by then; 990,000 (just under the cap of 1,000,000 records in one
    // call) took about three minutes, most of it the suggestion of a near id for each parent.
    sizes: [1e4, 1e5, 3e5],
    run: (size) => {
      const input = danglingParents(size);
      return () => validateRecords(input);
    },
  },
  {
    name: 'createDataset: N invalid meetings (6 problems each)',
    sizes: [1e5, 9.9e5],
    skipped: 'more than 1,000,000 records in one call are refused (README "Limits")',
    run: (size) => {
      const input = invalidMeetings(size);
      return () => validateRecords(input);
    },
  },
  {
    name: 'createDataset: a chain of N redirects',
    sizes: [4e3, 4e4, 4e5],
    run: (size) => {
      const input = redirects(size, false);
      return () => validateRecords(input);
    },
  },
  {
    name: 'createDataset: a loop of N redirects',
    sizes: [3e3, 3e4, 3e5],
    run: (size) => {
      const input = redirects(size, true);
      return () => validateRecords(input);
    },
  },
  {
    name: 'getRecord: an unknown id of N characters',
    sizes: [1e7, 1e8],
    skipped: '1,000,000,000 characters is longer than a JavaScript string may be',
    run: (size) => {
      const id = 'a'.repeat(size);
      return () => findRecord('meetings', id) ?? getMeetingOrMessage(id);
    },
  },
];
const hostileRows: string[] = [];
for (const { name, sizes, skipped, run } of hostile) {
  const [first = 0] = sizes;
  let base = 0;
  for (const size of sizes) {
    const work = run(size);
    // One run each: these are seconds long, and what is measured is the growth, not the noise.
    const start = performance.now();
    try {
      work();
    } catch (error) {
      // A size over one of the package's caps is refused at once: say so rather than stop.
      if (!(error instanceof InvalidArgumentError)) throw error;
      hostileRows.push(
        `| ${name} | ${size.toLocaleString('en')} | refused in ${ms(performance.now() - start)}: ${error.message} | | |`,
      );
      continue;
    }
    const elapsed = performance.now() - start;
    if (size === first) base = elapsed;
    hostileRows.push(
      `| ${name} | ${size.toLocaleString('en')} | ${ms(elapsed)} | ${(size / first).toLocaleString('en')}x | ${(elapsed / base).toFixed(1)}x |`,
    );
  }
  if (skipped) hostileRows.push(`| ${name} | not run | ${skipped} | | |`);
}

console.error('bench: consumer type-check');
const consumer = join(root, 'bench', '.consumer');
mkdirSync(consumer, { recursive: true });
writeFileSync(
  join(consumer, 'uses.ts'),
  "import { getRecord, timeline, metricSeries } from 'mnd-mps-coordination';\nconst meeting = getRecord('meetings', 'annual-review-2022');\nexport const names = meeting.coChairs.map((id) => getRecord('people', id).name);\nexport const events = timeline({ person: 'tran-quoc-to' }).length + metricSeries('links-removed').length;\n",
);
writeFileSync(
  join(consumer, 'stub.ts'),
  "export const names: string[] = ['a'];\nexport const events: number = names.length;\n",
);
const tsc = (file: string) =>
  time(
    () =>
      execFileSync(
        process.execPath,
        [
          join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
          join(consumer, file),
        ],
        { cwd: root },
      ),
    3,
  );
row('type-check a consumer file (tsc, skipLibCheck)', tsc('uses.ts'), tsc('stub.ts'), ms);

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
const table = [
  '| measure | value | baseline | ratio | target | holds |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (r) => `| ${r.measure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.holds} |`,
  ),
].join('\n');
const helperTable = [
  '| helper, on 100 copies of the bundled records | first call (builds its indexes) | a call | target | holds |',
  '|---|---|---|---|---|',
  ...helperRows,
].join('\n');
const packageTable = [
  '| measure | value | target | holds |',
  '|---|---|---|---|',
  ...packageRows,
].join('\n');
const hostileTable = [
  '| hostile input | N | time | size vs. the issue | time vs. the issue |',
  '|---|---|---|---|---|',
  ...hostileRows,
].join('\n');
console.log(table);
console.log(helperTable);
console.log(packageTable);
console.log(hostileTable);
const guide = readFileSync(join(root, 'docs', 'performance.md'), 'utf8');
const marker = '<!-- results -->';
writeFileSync(
  join(root, 'docs', 'performance.md'),
  `${guide.slice(0, guide.indexOf(marker) + marker.length)}\n\nLast run: ${new Date().toISOString().slice(0, 10)}, ${machine}.\n\n${table}\n\n${helperTable}\n\n${packageTable}\n\n${hostileTable}\n`,
);
