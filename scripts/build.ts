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
import { build } from 'tsup';
import { bundleOptions } from '../tsup.config.js';
import { writeCommonJsEntries } from './lib/commonjs-entries.js';
import { validateDataFolder } from '../src/authoring/validate-data-folder.js';
import { formatProblem } from '../src/core/problem.js';
import { exportFiles, schemaFiles } from '../src/export/write-exports.js';
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
const { records, problems } = validateDataFolder(values.data);
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
  step('writing the JSON, NDJSON and CSV tables and the JSON Schemas');
  for (const [folder, files] of [
    ['data', exportFiles(records, { version })],
    ['schema', schemaFiles()],
  ] as const) {
    mkdirSync(join(staging, folder), { recursive: true });
    for (const [name, text] of files) writeFileSync(join(staging, folder, name), text);
  }
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
