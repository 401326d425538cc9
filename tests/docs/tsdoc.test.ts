import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-fixture.js';

const ENTRY_POINTS = ['src/index.ts', 'src/data.ts', 'src/schemas/index.ts'];

/** Each public export with the parts of its TSDoc comment that matter here. */
function publicExports(entry: string): { name: string; description: string; examples: number }[] {
  const file = join(projectRoot, entry);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.getName(),
      description: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      examples: symbol.getJsDocTags(checker).filter((tag) => tag.name === 'example').length,
    };
  });
}

describe.each(ENTRY_POINTS)('exports of %s', (entry) => {
  const exports = publicExports(entry);

  it('exist', () => {
    expect(exports.length).toBeGreaterThan(0);
  });

  it('each have a TSDoc description and an @example', () => {
    const undocumented = exports
      .filter((exported) => exported.description === '' || exported.examples === 0)
      .map((exported) => exported.name);
    expect(undocumented).toEqual([]);
  });
});
