import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { scratchDir } from '../helpers/scratch.js';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';

/** Every ```ts block in a Markdown or TSDoc text. */
function codeBlocks(text: string): string[] {
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').replace(/^\s*\* ?/gm, ''));
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
  const folder = scratchDir('mnd-mps-examples');
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'examples', private: true, type: 'module' }));
  mkdirSync(join(folder, 'node_modules'));
  symlinkSync(projectRoot, join(folder, 'node_modules', 'mnd-mps-coordination'), 'dir');
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
  const readme = codeBlocks(readFileSync(join(projectRoot, 'README.md'), 'utf8')).map((code, index) => ({ origin: `README.md block ${index + 1}`, code }));
  const tsdoc = sourceFiles(join(projectRoot, 'src')).flatMap((file) => codeBlocks(readFileSync(file, 'utf8')).map((code, index) => ({ origin: `${relative(projectRoot, file)} example ${index + 1}`, code })));

  it('there are examples in the README and in the TSDoc', () => {
    expect(readme.length).toBeGreaterThan(0);
    expect(tsdoc.length).toBeGreaterThan(40);
  });

  it('every example compiles in strict mode against the built package', () => {
    expect(typeErrors([...readme, ...tsdoc])).toEqual([]);
  });
});
