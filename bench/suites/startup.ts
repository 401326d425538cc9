import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLLECTION_NAMES } from '../../src/lib/vocabulary.js';
import { median } from '../lib/measure.js';
import { type BenchResult, result } from '../lib/result.js';

/**
 * Start-up cost of each entry point, measured in fresh `node` processes so that nothing is cached
 * in the module graph. Each run spawns a small ESM probe that times `await import(entry)` with
 * performance.now() and prints it; the parent also times the whole spawnSync (node boot, import,
 * exit). The baseline is the same kind of process reading and JSON.parse-ing the nine record
 * files of dist/data, timed at the same points. The probes live in bench/.startup (inside the
 * package, so the package's name resolves to itself through package.json "exports") and are
 * deleted afterwards. Figures are medians of RUNS runs, after WARM_UP unmeasured ones that warm
 * the OS file cache; entries and baseline are run in turn so that drift affects all alike.
 */

const ENTRIES = [
  'mnd-mps-coordination',
  'mnd-mps-coordination/data',
  'mnd-mps-coordination/schemas',
] as const;
const RUNS = 15;
const WARM_UP = 2;
const TARGET = 1.5;
const BASELINE_NAME = 'readFileSync + JSON.parse of the records';

const probeDir = fileURLToPath(new URL('../.startup/', import.meta.url));
const dataDir = fileURLToPath(new URL('../../dist/data/', import.meta.url));

const importProbe = (specifier: string) =>
  `const t0 = performance.now();
await import(${JSON.stringify(specifier)});
const t1 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0 }));
`;

const baselineProbe = () =>
  `import { readFileSync } from 'node:fs';
const files = ${JSON.stringify(COLLECTION_NAMES.map((name) => `${dataDir}${name}.json`))};
const t0 = performance.now();
const records = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const t1 = performance.now();
if (records.length !== files.length) throw new Error('unreachable');
console.log(JSON.stringify({ importMs: t1 - t0 }));
`;

interface Run {
  /** Milliseconds between the probe's two timing points. */
  readonly inProcessMs: number;
  /** Milliseconds the parent waited for the whole process. */
  readonly wallMs: number;
}

function spawnProbe(script: string): Run {
  const started = performance.now();
  // NODE_OPTIONS is cleared so that a loader in the caller's environment is not timed too.
  const child = spawnSync(process.execPath, [script], {
    cwd: probeDir,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0)
    throw new Error(
      `start-up probe ${script} failed (exit ${child.status}):\n${child.stderr}${child.stdout}`,
    );
  const { importMs } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { importMs: number };
  return { inProcessMs: importMs, wallMs };
}

/** Times a fresh process importing each entry point, against one reading the JSON records. */
export function benchStartup(log: (line: string) => void): BenchResult[] {
  rmSync(probeDir, { recursive: true, force: true });
  mkdirSync(probeDir, { recursive: true });
  try {
    const probes = [
      { label: 'baseline', script: `${probeDir}baseline.mjs`, source: baselineProbe() },
      ...ENTRIES.map((specifier, index) => ({
        label: specifier,
        script: `${probeDir}import-${index}.mjs`,
        source: importProbe(specifier),
      })),
      { label: 'zod', script: `${probeDir}import-zod.mjs`, source: importProbe('zod') },
    ];
    for (const probe of probes) writeFileSync(probe.script, probe.source);

    const runs = new Map<string, Run[]>(probes.map((probe) => [probe.label, []]));
    for (let round = 0; round < WARM_UP + RUNS; round += 1) {
      if (round === WARM_UP)
        log(`  start-up: ${RUNS} measured rounds of ${probes.length} processes`);
      for (const probe of probes) {
        const run = spawnProbe(probe.script);
        if (round >= WARM_UP) runs.get(probe.label)!.push(run);
      }
    }

    const medians = (label: string) => {
      const list = runs.get(label)!;
      return {
        inProcessMs: median(list.map((run) => run.inProcessMs)),
        wallMs: median(list.map((run) => run.wallMs)),
      };
    };
    const baseline = medians('baseline');
    const zod = medians('zod');
    const reference = result({
      suite: 'start-up',
      name: 'cold import of zod alone (reference)',
      scale: null,
      value: zod.inProcessMs,
      unit: 'ms',
      baselineName: BASELINE_NAME,
      baseline: baseline.inProcessMs,
      note: 'no target: what importing the schema library costs by itself, which every entry point that exports schemas pays',
    });
    return [
      ...ENTRIES.flatMap((entry) => {
        const ours = medians(entry);
        return [
          result({
            suite: 'start-up',
            name: `cold import of ${entry}`,
            scale: null,
            value: ours.inProcessMs,
            unit: 'ms',
            baselineName: BASELINE_NAME,
            baseline: baseline.inProcessMs,
            target: TARGET,
            note: `median of ${RUNS} fresh processes: in-process time of await import() (resolution, loading and evaluating the module graph, zod included where imported), against the time to read and parse the nine dist/data JSON files; node boot is excluded from both`,
          }),
          result({
            suite: 'start-up',
            name: `fresh process with ${entry}`,
            scale: null,
            value: ours.wallMs,
            unit: 'ms',
            baselineName: BASELINE_NAME,
            baseline: baseline.wallMs,
            target: TARGET,
            note: `median of ${RUNS} spawnSync calls timed by the parent: node boot, the import (or the read + parse) and process exit`,
          }),
        ];
      }),
      reference,
    ];
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}
