import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleConsumer, keptInputs } from '../../bench/lib/bundle.js';
import { bundled } from '../../src/bundled.js';
import { projectRoot, scratchDir } from '../support/paths.js';

const run = (command: string, args: readonly string[], cwd: string, input?: string) => {
  const result = spawnSync(command, [...args], {
    cwd,
    input,
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
let unpackedSize: number;
let consumer: string;

beforeAll(() => {
  workspace = scratchDir('mnd-mps-pack');
  const packed = run('npm', ['pack', '--json', '--pack-destination', workspace], projectRoot);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as {
    filename: string;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  tarball = join(workspace, info!.filename);
  packedFiles = info!.files.map((file) => file.path).sort();
  unpackedSize = info!.unpackedSize;
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

describe('the packed tarball', () => {
  it('holds dist/, the README, the licences and the changelog only: no tests, and of the texts exactly those of the bundled sources', () => {
    expect([...new Set(packedFiles.map((path) => path.split('/')[0]))].sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
    ]);
    expect(packedFiles.filter((path) => path.includes('test'))).toEqual([]);
    // The texts the quotes are checked against, as data/sources holds them (the source records
    // with their hashes are checked against the installed texts below).
    const texts = readdirSync(join(projectRoot, 'data', 'sources'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => `dist/data/sources/${name}`)
      .sort();
    expect(texts).toContain('dist/data/sources/qdnd-549232.txt');
    expect(packedFiles.filter((path) => path.endsWith('.txt'))).toEqual(texts);
    for (const expected of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/data.js',
      'dist/schemas.cjs',
      'dist/cli/mnd-mps.js',
      'dist/data/csv/meetings.csv',
      'dist/data/csv/meeting_co_chairs.csv',
      'dist/data/csv/datapackage.json',
      'dist/data/parquet/meetings.parquet',
      'dist/data/parquet/meeting_co_chairs.parquet',
      'dist/sqljs/sql-wasm.cjs',
      'dist/sqljs/sql-wasm.wasm.br',
      'dist/sqljs/LICENSE',
      'dist/schema/meeting.schema.json',
    ])
      expect(packedFiles).toContain(expected);
    // JSON, NDJSON and the SQLite database are written on demand (`mnd-mps export`), not shipped.
    expect(
      packedFiles.filter((path) => /\.(ndjson|sqlite)$|^dist\/data\/.*\.json$/.test(path)),
    ).toEqual(['dist/data/csv/datapackage.json']);
  });

  it('unpacks to 5 MB at most', () => {
    expect(unpackedSize).toBeLessThanOrEqual(5_000_000);
  });

  it('has the banner of the command only in the CLI folder, and no chunk that no entry loads', () => {
    const dist = join(projectRoot, 'dist');
    const code = readdirSync(dist).filter((name) => /\.c?js$/.test(name));
    expect(code.filter((name) => readFileSync(join(dist, name), 'utf8').startsWith('#!'))).toEqual(
      [],
    );
    const loaded = new Set(
      code
        .filter((name) => !name.startsWith('chunk-'))
        .flatMap((name) =>
          [...readFileSync(join(dist, name), 'utf8').matchAll(/chunk-[A-Z0-9]+\.c?js/g)].map(
            (match) => match[0],
          ),
        ),
    );
    expect(code.filter((name) => name.startsWith('chunk-') && !loaded.has(name))).toEqual([]);
  });

  it('passes publint and @arethetypeswrong/cli in every resolution mode', () => {
    const lint = run(bin('publint'), ['run', tarball, '--strict'], workspace);
    expect(lint.stdout + lint.stderr).toContain('All good!');
    const report = JSON.parse(
      run(bin('attw'), [tarball, '--format', 'json'], workspace).stdout,
    ) as {
      problems?: Record<string, unknown>;
      analysis: { entrypoints: Record<string, { resolutions: Record<string, unknown> }> };
    };
    expect(report.problems ?? {}).toEqual({});
    for (const entry of ['.', './data', './schemas'])
      expect(Object.keys(report.analysis.entrypoints[entry]?.resolutions ?? {}).sort()).toEqual([
        'bundler',
        'node10',
        'node16-cjs',
        'node16-esm',
      ]);
  });
});

describe('a consumer project', () => {
  const typed = `import { getRecord, searchDocuments, type Meeting } from 'mnd-mps-coordination';
import { meetings, type MeetingId } from 'mnd-mps-coordination/data';
import { createDataset, MeetingSchema } from 'mnd-mps-coordination/schemas';
const id: MeetingId = 'annual-review-2022';
const record: Meeting = getRecord('meetings', id);
const chairs = record.coChairs.map((chair) => getRecord('people', chair).name);
const parsed = MeetingSchema.parse(JSON.parse(JSON.stringify(meetings[0])));
const mine = createDataset({ meetings: [...meetings] });
// @ts-expect-error a mistyped id is a compile-time error
getRecord('meetings', 'annual-review-2031');
export const answer = [record.date.edtf, chairs, parsed.id, getRecord('meetings', 'anything', { dataset: mine }).id, searchDocuments('03/2019/NĐ-CP')[0]?.record.id];
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
      // The package's own declarations are checked under node16 (skipLibCheck off); under bundler
      // the usage alone is, which saves checking zod's declarations twice.
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: name !== 'node16',
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

  it('require()s it from CommonJS and imports it from ESM; a dataset of one build works with the other', () => {
    const cjs = run(
      process.execPath,
      [
        '-e',
        "const m = require('mnd-mps-coordination'); const s = require('mnd-mps-coordination/schemas'); const d = s.createDataset({ ...m.bundledDataset }); console.log(JSON.stringify([m.getRecord('people', 'tran-quoc-to').name, typeof s.MeetingSchema.parse, m.getRecord('people', 'tran-quoc-to', { dataset: d }).service]))",
      ],
      consumer,
    );
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual(['Tran Quoc To', 'function', 'police']);
    const esm = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { getRecord } from 'mnd-mps-coordination'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const s = require('mnd-mps-coordination/schemas'); const data = require('mnd-mps-coordination/data'); const d = s.createDataset({ people: data.people, meetings: data.meetings, sources: data.sources, organizations: data.organizations, places: data.places, documents: data.documents }); console.log(JSON.stringify([getRecord('people', 'tran-quoc-to', { dataset: d }).id, require.resolve('mnd-mps-coordination/data/csv/meetings.csv').endsWith('dist/data/csv/meetings.csv')]))",
      ],
      consumer,
    );
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual(['tran-quoc-to', true]);
  });

  it('runs the mnd-mps command it installs, fails on output it cannot write, and stops quietly when its reader does', () => {
    const mndMps = join(consumer, 'node_modules', '.bin', 'mnd-mps');
    const summary = run(mndMps, ['summary'], consumer);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toContain('annual-review-2022');
    // Commands that load a module only when they run (show renders YAML, validate reads files).
    const show = run(mndMps, ['show', 'decree-77'], consumer);
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/^documents\/decree-77\n\nid: decree-77\n/);
    const full = spawnSync('sh', ['-c', `"${mndMps}" meetings --json > /dev/full`], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(full.status).not.toBe(0);
    expect(full.stderr).toContain('cannot write the output');
    const piped = spawnSync('sh', ['-c', `"${mndMps}" timeline --json | head -c 10 > /dev/null`], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(piped).toMatchObject({ status: 0, stderr: '' });
    // The Parquet writer bundled in, and SQLite from the WebAssembly build shipped in dist/sqljs.
    const exported = run(
      mndMps,
      ['export', '--out', 'exported', '--format', 'parquet,sqlite', '--json'],
      consumer,
    );
    expect(exported.status, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).files).toEqual(
      expect.arrayContaining(['parquet/meetings.parquet', 'sqlite/mnd-mps.sqlite']),
    );
  });

  it("runs the provenance guide's quote check from the installed package, and prints what the guide shows", async () => {
    // The guide's TypeScript, with its types stripped, as a consumer's ECMAScript module.
    const guide = readFileSync(join(projectRoot, 'docs', 'provenance.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Checking a quote yourself'));
    const [, code = '', shown = ''] =
      /```ts\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/.exec(section) ?? [];
    expect(code).toContain('mnd-mps-coordination/data/sources/');
    const { code: js } = await transform(code, { loader: 'ts', format: 'esm' });
    writeFileSync(join(consumer, 'check-quotes.mjs'), js);
    const result = run(process.execPath, ['check-quotes.mjs'], consumer);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(shown);
    expect(result.stdout).not.toMatch(/false|differs/);
  });

  it('has the text of every bundled source, hashed as its record says', () => {
    // Read from the consumer's node_modules, where npm unpacked the tarball; the hashes are those
    // of the source records of the same build.
    const installed = join(consumer, 'node_modules', 'mnd-mps-coordination');
    const bundledSources = bundled.sources.filter((source) => source.kind === 'bundled');
    expect(bundledSources.map((source) => `dist/data/sources/${source.id}.txt`).sort()).toEqual(
      packedFiles.filter((path) => path.endsWith('.txt')),
    );
    expect(
      bundledSources
        .filter(
          (source) =>
            createHash('sha256')
              .update(readFileSync(join(installed, 'dist', 'data', 'sources', `${source.id}.txt`)))
              .digest('hex') !== source.sha256,
        )
        .map((source) => source.id),
    ).toEqual([]);
  });
});

describe('tree-shaking the built package', () => {
  const bundled = async (contents: string) => {
    const { code, metafile } = await bundleConsumer(contents);
    return { bytes: code.length, kept: keptInputs(metafile) };
  };

  it('the root entry and ./data hold no zod; a helper that needs no records leaves them out', async () => {
    const everything = await bundled("export * from 'mnd-mps-coordination';");
    expect(everything.kept.filter((path) => path.includes('node_modules/zod/'))).toEqual([]);
    const sum = await bundleConsumer(
      "import { sumQuantities } from 'mnd-mps-coordination'; console.log(sumQuantities([]));",
    );
    expect(Buffer.from(sum.code).toString('utf8')).not.toContain('annual-review-2022');
    expect(sum.code.length * 5).toBeLessThan(everything.bytes);
    const data = await bundled("export * from 'mnd-mps-coordination/data';");
    expect(data.kept.filter((path) => /node_modules\/(zod|date-fns)\//.test(path))).toEqual([]);
    const meetings = await bundled(
      "import { meetings } from 'mnd-mps-coordination/data'; console.log(meetings.length);",
    );
    expect(meetings.bytes * 3).toBeLessThan(data.bytes);
  });

  it('./data bundles for the browser and runs', async () => {
    const result = await build({
      stdin: {
        contents:
          "import { meetings } from 'mnd-mps-coordination/data'; console.log(meetings.length);",
        resolveDir: projectRoot,
      },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const file = join(scratchDir('browser-bundle'), 'bundle.mjs');
    writeFileSync(file, result.outputFiles[0]?.text ?? '');
    expect(Number(run(process.execPath, [file], projectRoot).stdout.trim())).toBeGreaterThan(0);
  });
});
