import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { projectRoot } from '../helpers/data-fixture.js';
import { scratchDir } from '../helpers/scratch.js';

const run = (command: string, args: readonly string[], cwd: string) => {
  const result = spawnSync(command, [...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);

let workspace: string;
let tarball: string;
let packedFiles: string[];
let consumer: string;

beforeAll(() => {
  workspace = scratchDir('mnd-mps-pack');
  const packed = run('npm', ['pack', '--json', '--pack-destination', workspace], projectRoot);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(workspace, info!.filename);
  packedFiles = info!.files.map((file) => file.path).sort();

  consumer = join(workspace, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const installed = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball],
    consumer,
  );
  expect(installed.status, installed.stderr).toBe(0);
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds exactly the expected files (hashed chunk names aside)', () => {
    const tables = [
      'conflicts',
      'documents',
      'evidence',
      'indicators',
      'meetings',
      'metrics',
      'organizations',
      'people',
      'redirects',
      'sources',
    ];
    const entities = [
      'conflict',
      'document',
      'indicator',
      'meeting',
      'metric',
      'organization',
      'person',
      'redirect',
      'source',
    ];
    const expected = [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
      'dist/chunk-*.cjs',
      'dist/chunk-*.js',
      'dist/cli.js',
      'dist/<shared types>.d.cts',
      'dist/<shared types>.d.ts',
      ...['data', 'index', 'schemas'].flatMap((entry) =>
        ['.cjs', '.d.cts', '.d.ts', '.js'].map((extension) => `dist/${entry}${extension}`),
      ),
      'dist/data/datapackage.json',
      ...tables.flatMap((table) =>
        ['csv', 'json', 'ndjson'].map((extension) => `dist/data/${table}.${extension}`),
      ),
      ...entities.map((entity) => `dist/schema/${entity}.schema.json`),
    ].sort();
    const normalized = packedFiles.map((path) =>
      path
        .replace(/^dist\/[a-z]+-[A-Za-z0-9_]{8}\.(d\.c?ts)$/, 'dist/<shared types>.$1')
        .replace(/-[A-Za-z0-9_]{8}\./, '-*.'),
    );
    expect([...new Set(normalized)].sort()).toEqual(expected);
  });

  it('holds dist/, the README, the licence and the changelog only: no tests, no article texts', () => {
    const top = new Set(packedFiles.map((path) => path.split('/')[0]));
    expect([...top].sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
    ]);
    expect(packedFiles.filter((path) => path.endsWith('.txt') || path.includes('test'))).toEqual(
      [],
    );
    for (const expected of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/data.js',
      'dist/schemas.cjs',
      'dist/cli.js',
      'dist/data/meetings.csv',
      'dist/data/datapackage.json',
      'dist/schema/meeting.schema.json',
    ]) {
      expect(packedFiles).toContain(expected);
    }
  });

  it('has the banner of the command only in cli.js, and no chunk that no entry loads', () => {
    const dist = join(projectRoot, 'dist');
    const code = readdirSync(dist).filter((name) => /\.(c?js)$/.test(name));
    expect(code.filter((name) => readFileSync(join(dist, name), 'utf8').startsWith('#!'))).toEqual([
      'cli.js',
    ]);
    const entries = code.filter((name) => !name.startsWith('chunk-'));
    const loaded = new Set(
      entries.flatMap((name) =>
        [...readFileSync(join(dist, name), 'utf8').matchAll(/chunk-[A-Z0-9]+\.c?js/g)].map(
          (match) => match[0],
        ),
      ),
    );
    expect(code.filter((name) => name.startsWith('chunk-') && !loaded.has(name))).toEqual([]);
  });

  it('passes publint', () => {
    const result = run(bin('publint'), ['run', tarball, '--strict'], workspace);
    expect(result.stdout + result.stderr).toContain('All good!');
    expect(result.status).toBe(0);
  });

  it('passes @arethetypeswrong/cli in every resolution mode', () => {
    const result = run(bin('attw'), [tarball, '--format', 'json'], workspace);
    const report = JSON.parse(result.stdout) as {
      problems?: Record<string, unknown>;
      analysis: { entrypoints: Record<string, { resolutions: Record<string, unknown> }> };
    };
    expect(report.problems ?? {}).toEqual({});
    const entrypoints = report.analysis.entrypoints;
    for (const entry of ['.', './data', './schemas'])
      expect(Object.keys(entrypoints[entry]?.resolutions ?? {}).sort()).toEqual([
        'bundler',
        'node10',
        'node16-cjs',
        'node16-esm',
      ]);
  });
});

describe('a consumer project', () => {
  const typed = `import { getMeeting, searchDocuments, type MeetingRecord } from 'mnd-mps-coordination';
import { meetings, type MeetingId } from 'mnd-mps-coordination/data';
import { MeetingSchema, type Meeting } from 'mnd-mps-coordination/schemas';
const id: MeetingId = 'annual-review-2022';
const record: MeetingRecord = getMeeting(id);
const parsed: Meeting = MeetingSchema.parse(JSON.parse(JSON.stringify(meetings[0])));
// @ts-expect-error a mistyped id is a compile-time error
getMeeting('annual-review-2023');
export const answer = [record.date.edtf, parsed.id, searchDocuments('03/2019/NĐ-CP')[0]?.record.id];
`;

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])(
    'type-checks a strict TypeScript file under moduleResolution %s (and a CommonJS one under node16)',
    (name, resolution) => {
      const folder = join(consumer, `types-${name}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'use.ts'), typed);
      if (name === 'node16')
        writeFileSync(
          join(folder, 'use-cjs.cts'),
          "import data = require('mnd-mps-coordination/data');\nexport const count: number = data.meetings.length;\n",
        );
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          include: ['*.ts', '*.cts'],
        }),
      );
      const result = run(
        process.execPath,
        [join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', folder],
        consumer,
      );
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
  );

  it('require()s it from CommonJS', () => {
    const result = run(
      process.execPath,
      [
        '-e',
        "const m = require('mnd-mps-coordination'); const d = require('mnd-mps-coordination/data'); const s = require('mnd-mps-coordination/schemas'); console.log(JSON.stringify([m.meetings.length, d.metrics.length, typeof s.MeetingSchema.parse, m.getPerson('tran-quoc-to').name]))",
      ],
      consumer,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      bundledDataset.meetings.length,
      bundledDataset.metrics.length,
      'function',
      'Tran Quoc To',
    ]);
  });

  it('imports it from ESM, data files included', () => {
    const script =
      "import { meetings, timeline } from 'mnd-mps-coordination'; import { createRequire } from 'node:module'; const path = createRequire(import.meta.url).resolve('mnd-mps-coordination/data/meetings.csv'); console.log(JSON.stringify([meetings.length, timeline({ kinds: ['meeting'] }).length, path.endsWith('dist/data/meetings.csv')]));";
    const result = run(process.execPath, ['--input-type=module', '-e', script], consumer);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      bundledDataset.meetings.length,
      bundledDataset.meetings.length,
      true,
    ]);
  });

  it.each(['node', 'browser'] as const)(
    'bundles mnd-mps-coordination/data with esbuild for %s without any zod or date-fns code',
    async (platform) => {
      writeFileSync(
        join(consumer, 'entry.js'),
        "import { meetings } from 'mnd-mps-coordination/data';\nconsole.log(meetings.length);\n",
      );
      const result = await build({
        entryPoints: [join(consumer, 'entry.js')],
        bundle: true,
        write: false,
        metafile: true,
        platform,
        format: 'esm',
        absWorkingDir: consumer,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((input) => input.includes('mnd-mps-coordination'))).toBe(true);
      expect(inputs.filter((input) => /node_modules\/(zod|date-fns)\//.test(input))).toEqual([]);
      const text = result.outputFiles[0]?.text ?? '';
      expect(text).not.toMatch(/ZodError|\$ZodType/);
      const bundleFile = join(consumer, `bundle-${platform}.mjs`);
      writeFileSync(bundleFile, text);
      expect(run(process.execPath, [bundleFile], consumer).stdout.trim()).toBe(
        String(bundledDataset.meetings.length),
      );
    },
  );

  it('runs the mnd-mps command it installs', () => {
    const result = run(
      join(consumer, 'node_modules', '.bin', 'mnd-mps'),
      ['meetings', '--json'],
      consumer,
    );
    expect(result.status).toBe(0);
    expect(
      (JSON.parse(result.stdout) as { id: string }[]).map((meeting) => meeting.id).sort(),
    ).toEqual(bundledDataset.meetings.map((meeting) => meeting.id));
    expect(
      readdirSync(join(consumer, 'node_modules', 'mnd-mps-coordination', 'dist', 'data')),
    ).toContain('datapackage.json');
  });
});
