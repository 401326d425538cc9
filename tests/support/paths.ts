import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** A new empty folder inside the test run's scratch folder (removed when the run ends). */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(process.env.MND_MPS_SCRATCH ?? tmpdir(), `${prefix}-`));
}

/** The bundled source texts under data/sources, by source id, read straight from disk. */
export function sourceTexts(): Map<string, string> {
  const folder = join(projectRoot, 'data', 'sources');
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name.slice(0, -4), readFileSync(join(folder, name), 'utf8')]),
  );
}

/** A scratch copy of data/ that a test may break; `edit` rewrites one file of it (and fails when the edit changes nothing). */
export function dataFixture(): {
  root: string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
} {
  const root = join(scratchDir('mnd-mps-data'), 'data');
  cpSync(join(projectRoot, 'data'), root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const before = readFileSync(join(root, file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit did not change ${file}`);
      writeFileSync(join(root, file), after);
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
  };
}

/** Runs a project script with tsx in a child process, as `npm run` would. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  options: { cwd?: string } = {},
) {
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(projectRoot, 'scripts', script),
      ...args,
    ],
    { cwd: options.cwd ?? projectRoot, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
