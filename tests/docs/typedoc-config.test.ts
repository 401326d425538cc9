import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';
import { scratchDir } from '../helpers/scratch.js';

/** Runs TypeDoc with the project's typedoc.json (extended, with its own entry point) on a one-file project. */
function typedocOn(source: string): { status: number | null; output: string } {
  const folder = scratchDir('mnd-mps-typedoc');
  writeFileSync(join(folder, 'index.ts'), source);
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        types: [],
      },
      files: ['index.ts'],
    }),
  );
  writeFileSync(
    join(folder, 'typedoc.json'),
    JSON.stringify({
      extends: [join(projectRoot, 'typedoc.json')],
      entryPoints: [join(folder, 'index.ts')],
      tsconfig: join(folder, 'tsconfig.json'),
      out: join(folder, 'site'),
      readme: 'none',
      projectDocuments: [],
    }),
  );
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'typedoc', 'bin', 'typedoc'),
      '--options',
      join(folder, 'typedoc.json'),
    ],
    { cwd: folder, encoding: 'utf8' },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

const documented =
  '/**\n * Adds one.\n * @example\n * ```ts\n * addOne(1);\n * ```\n * @category Aggregations\n */\nexport function addOne(value: number): number {\n  return value + 1;\n}\n';

describe("the project's TypeDoc configuration", () => {
  it('builds a project whose exports are all documented', () => {
    const { status, output } = typedocOn(documented);
    expect(output).not.toMatch(/warning|error/i);
    expect(status).toBe(0);
  });

  it('fails, naming the symbol, when an exported function has no documentation', () => {
    const { status, output } = typedocOn(
      `${documented}export function addTwo(value: number): number {\n  return value + 2;\n}\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/addTwo.*does not have any documentation/);
  });
});
