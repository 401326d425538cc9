import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/validate/rules/index.js';
import { problemsAfter } from '../../../support/problems-after.js';

const here = import.meta.dirname;

describe('each whole-dataset rule catches what it is for', () => {
  it('the fixture passes every rule', () => expect(problemsAfter(() => {})).toEqual([]));

  it('every rule has a test file of its own, named after it, that holds its cases', () => {
    for (const { name } of RULES) {
      const file = join(here, `${name}.test.ts`);
      expect(existsSync(file), `tests/unit/validate/rules/${name}.test.ts is missing`).toBe(true);
      expect(readFileSync(file, 'utf8'), name).toContain(`ruleCases('${name}', [`);
    }
  });

  it('every test file here but this one is the test file of a rule in RULES', () => {
    const files = readdirSync(here).filter(
      (name) => name.endsWith('.test.ts') && name !== 'index.test.ts',
    );
    expect(files.map((name) => name.slice(0, -'.test.ts'.length)).sort()).toEqual(
      RULES.map((rule) => rule.name).sort(),
    );
  });
});
