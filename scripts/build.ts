/**
 * The build pipeline: validate data/ with the one validation core, generate src/generated/,
 * bundle ESM + CJS + .d.ts into dist/, write the data exports and JSON Schemas. A failed build
 * leaves dist/ untouched.
 *
 *   tsx scripts/build.ts            build
 *   tsx scripts/build.ts --check    validate only; write nothing
 *   tsx scripts/build.ts --if-stale build only when an input changed since the last build
 *   tsx scripts/build.ts --data <dir>  read the records from another folder (default: data)
 *   tsx scripts/build.ts --out <dir>   bundle into another folder (default: dist)
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'tsup';
import { bundleOptions } from '../tsup.config.js';
import { writeCommonJsEntries } from './lib/commonjs-entries.js';
import { validateDataFolder } from '../src/authoring/validate-data-folder.js';
import { formatProblem } from '../src/core/problem.js';
import { exportFiles, SHIPPED_FORMATS, schemaFiles } from '../src/export/write-exports.js';
import { datasetFingerprint } from './lib/fingerprints.js';
import { generateRecordModules } from './lib/generate-record-modules.js';
import { buildInputHash } from './lib/input-hash.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(
  root,
  'node_modules',
  '.cache',
  'mnd-mps-coordination',
  'build-inputs.sha256',
);
const { values } = parseArgs({
  options: {
    check: { type: 'boolean' },
    'if-stale': { type: 'boolean' },
    data: { type: 'string', default: join(root, 'data') },
    out: { type: 'string' },
  },
});

const inputHash = buildInputHash(root);
const outDir = values.out ?? join(root, 'dist');
if (
  values['if-stale'] &&
  existsSync(join(outDir, 'index.js')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === inputHash
)
  process.exit(0);

/** Progress on standard error, so that a long step is not mistaken for a hang (standard output stays for results). */
const step = (text: string) => console.error(`build: ${text}`);
step(`checking the records in ${values.data}`);
const { records, texts, problems } = validateDataFolder(values.data);
if (problems.length > 0 || !records) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${values.data}; nothing was built.`);
  process.exit(1);
}
const counts = Object.entries(records)
  .map(([name, list]) => `${list.length} ${name}`)
  .join(', ');
if (values.check) {
  console.log(`${values.data} is valid: ${counts}`);
  process.exit(0);
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
step('generating src/generated/ (typed record modules)');
generateRecordModules(records, join(root, 'src', 'generated'), {
  version,
  ...datasetFingerprint(records),
});
const staging = `${outDir}.tmp`;
try {
  step('bundling the modules and type declarations with tsup (about 10 s)');
  // config: false, or tsup would also build the entries of tsup.config.ts into dist/ at once.
  await build({ ...bundleOptions, outDir: staging, silent: true, config: false });
  writeCommonJsEntries(staging, ['index', 'data', 'schemas']);
  const command = join(staging, 'cli', 'mnd-mps.js');
  writeFileSync(command, `#!/usr/bin/env node\n${readFileSync(command, 'utf8')}`);
  chmodSync(command, 0o755);
  step(
    'writing the CSV and Parquet tables, their Data Package, the JSON Schemas and the bundled texts',
  );
  for (const [folder, files] of [
    ['data', await exportFiles(records, { formats: SHIPPED_FORMATS, version })],
    ['schema', schemaFiles()],
  ] as const)
    for (const [name, contents] of files) {
      mkdirSync(dirname(join(staging, folder, name)), { recursive: true });
      writeFileSync(join(staging, folder, name), contents);
    }
  // The texts of the bundled sources, so that a reader of the installed package can check every
  // quote against its words (data/sources/<id>.txt, importable as
  // mnd-mps-coordination/data/sources/<id>.txt): the text the build checked, byte for byte.
  mkdirSync(join(staging, 'data', 'sources'));
  for (const source of records.sources.filter((source) => source.kind === 'bundled')) {
    const text = texts.get(source.id);
    if (text === undefined) throw new Error(`no text for the bundled source ${source.id}`);
    writeFileSync(join(staging, 'data', 'sources', `${source.id}.txt`), text);
  }
  // SQLite compiled to WebAssembly, for `mnd-mps export --format sqlite` (which alone loads it):
  // its CommonJS loader (.cjs, as the package is ECMAScript), its licence, and the .wasm file
  // compressed with Brotli (0.29 MB instead of 0.69; Node decompresses it with zlib).
  const sqlJs = join(root, 'node_modules', 'sql.js');
  mkdirSync(join(staging, 'sqljs'));
  copyFileSync(join(sqlJs, 'dist', 'sql-wasm.js'), join(staging, 'sqljs', 'sql-wasm.cjs'));
  copyFileSync(join(sqlJs, 'LICENSE'), join(staging, 'sqljs', 'LICENSE'));
  writeFileSync(
    join(staging, 'sqljs', 'sql-wasm.wasm.br'),
    brotliCompressSync(readFileSync(join(sqlJs, 'dist', 'sql-wasm.wasm')), {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }),
  );
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`bundling failed; ${outDir} is unchanged.\n${String(error)}`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
if (values.out === undefined) {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, inputHash);
}
console.log(`built ${values.out === undefined ? 'dist/' : outDir} from ${counts}`);
