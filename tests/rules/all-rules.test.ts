import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../../src/dataset/rules/index.js';

it('every rule file is registered and has its own test file', () => {
  const ruleFiles = readdirSync(
    join(import.meta.dirname, '..', '..', 'src', 'dataset', 'rules'),
  ).filter((name) => name !== 'index.ts');
  expect(RULES.map((rule) => `${rule.name}.ts`).sort()).toEqual(ruleFiles.sort());
  const testFiles = new Set(readdirSync(import.meta.dirname));
  for (const rule of RULES) expect(testFiles.has(`${rule.name}.test.ts`), rule.name).toBe(true);
});
