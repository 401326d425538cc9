import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { scratchDir } from '../helpers/scratch.js';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';

/** Every code block in a language (```ts by default) in a Markdown or TSDoc text, without TSDoc's leading asterisks. */
function codeBlocks(text: string, language = 'ts'): string[] {
  return [...text.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (match) => (match[1] ?? '').replace(/^\s*\* ?/gm, ''),
  );
}

/** The Markdown files a user reads: the README and the guides. */
function markdownFiles(): string[] {
  const guides = readdirSync(join(projectRoot, 'docs')).filter((name) => name.endsWith('.md'));
  return [join(projectRoot, 'README.md'), ...guides.map((name) => join(projectRoot, 'docs', name))];
}

/** A scratch consumer project whose node_modules links to this package (as installed). */
function consumerProject(prefix: string): string {
  const folder = scratchDir(prefix);
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'examples', private: true, type: 'module' }),
  );
  mkdirSync(join(folder, 'node_modules'));
  symlinkSync(projectRoot, join(folder, 'node_modules', 'mnd-mps-coordination'), 'dir');
  return folder;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Type-checks code examples as a user's strict TypeScript files would, against the built package:
 * a scratch consumer project whose node_modules links to this package.
 */
function typeErrors(examples: { origin: string; code: string }[]): string[] {
  const folder = consumerProject('mnd-mps-examples');
  const files = examples.map((example, index) => {
    const file = join(folder, `example-${index}.ts`);
    writeFileSync(file, `// ${example.origin}\n${example.code}\nexport {};\n`);
    return file;
  });
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    strict: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(projectRoot, 'node_modules', '@types')],
  });
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? diagnostic.file.text.split('\n')[0] : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  rmSync(folder, { recursive: true, force: true });
  return errors;
}

describe('code examples', () => {
  const blocksOf = (file: string, language?: string) =>
    codeBlocks(readFileSync(file, 'utf8'), language).map((code, index) => ({
      origin: `${relative(projectRoot, file)} block ${index + 1}`,
      code,
    }));
  const [readmeFile = '', ...guideFiles] = markdownFiles();
  const readme = blocksOf(readmeFile);
  const guides = guideFiles.flatMap((file) => blocksOf(file));
  const javascript = markdownFiles().flatMap((file) => blocksOf(file, 'js'));
  const tsdoc = sourceFiles(join(projectRoot, 'src')).flatMap((file) =>
    codeBlocks(readFileSync(file, 'utf8')).map((code, index) => ({
      origin: `${relative(projectRoot, file)} example ${index + 1}`,
      code,
    })),
  );

  it('there are examples in the README, the guides and the TSDoc', () => {
    expect(readme.length).toBeGreaterThan(0);
    expect(guides.length).toBeGreaterThan(0);
    expect(tsdoc.length).toBeGreaterThan(40);
  });

  it('every example compiles in strict mode against the built package', () => {
    expect(typeErrors([...readme, ...guides, ...tsdoc])).toEqual([]);
  });

  it('every TypeScript example in the README and the guides runs without an error, from a clone of the repository', () => {
    const folder = consumerProject('mnd-mps-ts-examples');
    const failures = [...readme, ...guides].flatMap((example, index) => {
      const file = join(folder, `example-${index}.ts`);
      writeFileSync(file, `${example.code}\nexport {};\n`);
      // From the repository root, as the guides say: the provenance guide reads data/sources/.
      const result = spawnSync(
        process.execPath,
        [join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), file],
        { cwd: projectRoot, encoding: 'utf8' },
      );
      return result.status === 0
        ? []
        : [`${example.origin}: exit ${result.status}\n${result.stderr}`];
    });
    rmSync(folder, { recursive: true, force: true });
    expect(failures).toEqual([]);
  });

  it('every JavaScript example in the README and the guides runs as CommonJS against the built package', () => {
    expect(javascript.length).toBeGreaterThan(0);
    const folder = consumerProject('mnd-mps-js-examples');
    const failures = javascript.flatMap((example, index) => {
      const file = join(folder, `example-${index}.cjs`);
      writeFileSync(file, example.code);
      const result = spawnSync(process.execPath, [file], { cwd: folder, encoding: 'utf8' });
      return result.status === 0
        ? []
        : [`${example.origin}: exit ${result.status}\n${result.stderr}`];
    });
    rmSync(folder, { recursive: true, force: true });
    expect(failures).toEqual([]);
  });
});
