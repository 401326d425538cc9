import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/measure.js';
import { type BenchResult, result } from '../lib/result.js';
import { syntheticDataset } from '../lib/synthetic-dataset.js';

/**
 * What the package's types cost a consumer's compiler. A throw-away project under the OS temp
 * directory links the package in as node_modules/mnd-mps-coordination and type-checks a consumer
 * making ten real API calls with the literal id types (strict, nodenext, and skipLibCheck on, as in
 * `tsc --init` and most projects: with it off, checking the standard library's and zod's own
 * declarations takes most of the time and hides what this package costs). The baseline is the
 * same consumer importing the same names from a local stub that declares them with loose `any`
 * types. A third run uses a copy of the package whose literal id unions hold the ids of a 1,000x
 * synthetic dataset, to show what the unions cost when the data grows. Each variant is
 * checked RUNS times with `tsc --extendedDiagnostics`; times and memory are medians, counts are
 * deterministic. Both variants must compile without errors.
 */

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc');
const RUNS = 5;
const CHECK_TARGET_MS = 1000;
const BASELINE_NAME = 'the same consumer against an `any`-typed stub';
const GROWN_SCALE = 1000;
/** The generated id types of dist/data.d.ts (and .d.cts), and the collection whose ids each lists. */
const ID_TYPES: Readonly<Record<string, string>> = {
  SourceId: 'sources',
  OrganizationId: 'organizations',
  PersonId: 'people',
  DocumentId: 'documents',
  MeetingId: 'meetings',
  MetricId: 'metrics',
  IndicatorId: 'indicators',
  ConflictId: 'conflicts',
};

/** A copy of the package's package.json and declarations whose id unions list the ids of a `scale`x synthetic dataset. */
function packageWithGrownIds(target: string, scale: number): void {
  const input = syntheticDataset(scale) as unknown as Record<string, readonly { id: string }[]>;
  mkdirSync(join(target, 'dist'), { recursive: true });
  cpSync(join(PACKAGE_ROOT, 'package.json'), join(target, 'package.json'));
  for (const file of readdirSync(join(PACKAGE_ROOT, 'dist')).filter((name) =>
    /\.d\.c?ts$/.test(name),
  )) {
    const text = readFileSync(join(PACKAGE_ROOT, 'dist', file), 'utf8').replace(
      /^type (\w+) = .*;$/gm,
      (line, name: string) => {
        const collection = ID_TYPES[name];
        return collection
          ? `type ${name} = ${input[collection]!.map((record) => JSON.stringify(record.id)).join(' | ')};`
          : line;
      },
    );
    writeFileSync(join(target, 'dist', file), text);
  }
}

/**
 * The names the consumer imports: the ten helpers it calls (with the loose return type the stub gives
 * them: `any[]` for lists, so that callbacks on them are contextually typed under noImplicitAny), one
 * record list and two id types.
 */
const FUNCTIONS: Readonly<Record<string, 'any' | 'any[]'>> = {
  getMeeting: 'any',
  getPerson: 'any',
  findMetric: 'any',
  timeline: 'any[]',
  groupTimeline: 'any[]',
  metricSeries: 'any[]',
  aggregateMetrics: 'any[]',
  sumQuantities: 'any',
  searchPeople: 'any[]',
  createDataset: 'any',
};
const VALUES = ['meetings'];
const TYPES = ['MetricId', 'PersonId'];
const IMPORTS = [...Object.keys(FUNCTIONS), ...VALUES, ...TYPES.map((name) => `type ${name}`)].join(
  ', ',
);

const consumer = (from: string) => `import { ${IMPORTS} } from '${from}';

const meeting = getMeeting('annual-review-2024');
const title: string = meeting.title;
const author: PersonId = 'nguyen-tan-cuong';
const person = getPerson(author);
const names: readonly string[] = [person.name, ...person.otherNames];
const id: MetricId = 'annual-review-2024-links-removed';
const lower: number | null = findMetric(id)?.quantity.lower ?? null;
const events = timeline({ from: '2019', person: 'tran-quoc-to', kinds: ['meeting', 'rank'] });
const perYear = groupTimeline(events, 'year').map((bucket) => \`\${bucket.key}: \${bucket.events.length + bucket.spanning.length}\`);
const series = metricSeries('links-removed').map((point) => [point.period.edtf, point.lower, point.consistent] as const);
const groups = aggregateMetrics({ by: 'indicator' });
const total = sumQuantities(groups.flatMap((group) => group.metrics).map((metric) => metric.quantity));
const hits: string[] = searchPeople('nguyen', { limit: 3 }).map((hit) => \`\${hit.record.id} (\${hit.score})\`);
const dataset = createDataset({ meetings: meetings.filter((record) => record.kind === 'annual-review') });

console.log(title, names, lower, perYear, series, total.qualifier, total.lower, hits, dataset.meetings.length);
`;

/** The same names with loose types, for the baseline. */
const STUB = [
  ...Object.entries(FUNCTIONS).map(
    ([name, returns]) => `export declare function ${name}(...args: any[]): ${returns};`,
  ),
  ...VALUES.map((name) => `export declare const ${name}: readonly any[];`),
  ...TYPES.map((name) => `export type ${name} = string;`),
].join('\n');

interface Diagnostics {
  readonly instantiations: number;
  readonly types: number;
  readonly checkMs: number;
  readonly totalMs: number;
  readonly memoryKB: number;
}

/** Reads one "Name: value" line of --extendedDiagnostics ("12345", "0.45s" or "123456K"). */
function field(output: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)([sK]?)\\s*$`, 'm').exec(output);
  if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${name}" line:\n${output}`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

function typeCheck(project: string): Diagnostics {
  const run = spawnSync(process.execPath, [TSC, '-p', project, '--extendedDiagnostics'], {
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0)
    throw new Error(
      `the type-check consumer does not compile (${project}, exit ${run.status}):\n${output}`,
    );
  return {
    instantiations: field(output, 'Instantiations'),
    types: field(output, 'Types'),
    checkMs: field(output, 'Check time'),
    totalMs: field(output, 'Total time'),
    memoryKB: field(output, 'Memory used'),
  };
}

function medianDiagnostics(project: string, log: (line: string) => void): Diagnostics {
  const runs = Array.from({ length: RUNS }, (_, index) => {
    log(`  type-check: ${project} (${index + 1}/${RUNS})`);
    return typeCheck(project);
  });
  const of = (key: keyof Diagnostics) => median(runs.map((run) => run[key]));
  return {
    instantiations: of('instantiations'),
    types: of('types'),
    checkMs: of('checkMs'),
    totalMs: of('totalMs'),
    memoryKB: of('memoryKB'),
  };
}

/** Type-checks a consumer of the package and the same consumer against an `any` stub. */
export function benchTypeCheck(log: (line: string) => void): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'mnd-mps-type-check-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(PACKAGE_ROOT, join(dir, 'node_modules/mnd-mps-coordination'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(dir, 'consumer.ts'), consumer('mnd-mps-coordination'));
    writeFileSync(join(dir, 'consumer-stub.ts'), consumer('./stub.js'));
    writeFileSync(join(dir, 'stub.ts'), STUB);
    const compilerOptions = {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      noEmit: true,
      skipLibCheck: true,
      types: [],
    };
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
    );
    writeFileSync(
      join(dir, 'tsconfig.stub.json'),
      JSON.stringify({ compilerOptions, files: ['consumer-stub.ts'] }),
    );
    const grown = join(dir, 'grown');
    mkdirSync(join(grown, 'node_modules'), { recursive: true });
    packageWithGrownIds(join(grown, 'node_modules/mnd-mps-coordination'), GROWN_SCALE);
    symlinkSync(join(PACKAGE_ROOT, 'node_modules/zod'), join(grown, 'node_modules/zod'), 'dir');
    writeFileSync(join(grown, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(grown, 'consumer.ts'), consumer('mnd-mps-coordination'));
    writeFileSync(
      join(grown, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
    );

    const ours = medianDiagnostics(join(dir, 'tsconfig.json'), log);
    const stub = medianDiagnostics(join(dir, 'tsconfig.stub.json'), log);
    const large = medianDiagnostics(join(grown, 'tsconfig.json'), log);
    const figure = (
      name: string,
      key: keyof Diagnostics,
      unit: string,
      extra: { target?: number; targetOn?: 'value'; note?: string } = {},
    ) =>
      result({
        suite: 'type-check',
        name,
        scale: null,
        value: ours[key],
        unit,
        baselineName: BASELINE_NAME,
        baseline: stub[key],
        ...extra,
      });
    return [
      figure('type instantiations', 'instantiations', 'instantiations', {
        note: `types created: ${ours.types} (stub ${stub.types})`,
      }),
      figure('check time', 'checkMs', 'ms', {
        target: CHECK_TARGET_MS,
        targetOn: 'value',
        note: `median of ${RUNS} tsc runs; the literal id unions must keep a consumer's check under a second`,
      }),
      figure('total tsc time', 'totalMs', 'ms', {
        note: `median of ${RUNS} tsc runs: parse, bind and check, skipLibCheck on`,
      }),
      figure('memory', 'memoryKB', 'KB', { note: `median of ${RUNS} tsc runs ("Memory used")` }),
      result({
        suite: 'type-check',
        name: `check time with ${GROWN_SCALE}x ids`,
        scale: GROWN_SCALE,
        value: large.checkMs,
        unit: 'ms',
        baselineName: "today's ids",
        baseline: ours.checkMs,
        target: CHECK_TARGET_MS,
        targetOn: 'value',
        note: `${large.instantiations} instantiations (today's ids: ${ours.instantiations}); the id unions hold ${GROWN_SCALE}x today's ids`,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
