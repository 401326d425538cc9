import { expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { RULES } from '../../src/validate/rules/index.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { FIXTURE_TEXT, fixtureInput } from './fixture.js';

export type Input = ReturnType<typeof fixtureInput>;
export type Mutable<T> = {
  -readonly [K in keyof T]: T[K] extends readonly (infer U)[] | undefined
    ? Mutable<U>[]
    : T[K] extends object
      ? Mutable<T[K]>
      : T[K];
};

/** The problems validation finds in the fixture after `change`, as "collection/id: path: message" lines (only `rule`'s, when given). */
export function problemsAfter(change: (input: Mutable<Input>) => void, rule?: string): string[] {
  const input = structuredClone(fixtureInput()) as Mutable<Input>;
  change(input);
  return validateRecords(input, { texts: { article: FIXTURE_TEXT } })
    .problems.filter((problem) => rule === undefined || problem.rule === rule)
    .map(formatProblem);
}

/** A change to the fixture that breaks a rule, and the start of the line the rule must report. */
export type RuleCase = readonly [change: (input: Mutable<Input>) => void, expected: string];

/**
 * One test per case of the whole-dataset rule `name` (each named "<rule>: case <n>"): after the
 * change, the rule reports a problem that starts with the expected line.
 */
export function ruleCases(name: string, cases: readonly RuleCase[]): void {
  if (!RULES.some((rule) => rule.name === name))
    throw new Error(`no rule in RULES is named ${name}`);
  it.each(cases)(`${name}: case %#`, (change, expected) => {
    const found = problemsAfter(change, name);
    expect(
      found.some((line) => line.startsWith(expected)),
      `${found.join('\n')}\nshould include\n${expected}`,
    ).toBe(true);
  });
}
