import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { UnknownIdError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem.js';
import { getMeeting } from '../../src/helpers/lookups.js';
import { evidenceFor } from '../../src/helpers/provenance.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { fixtureFolder } from '../support/data-folder.js';
import { FIXTURE_TEXT, fixtureInput } from '../support/fixture.js';

/**
 * Hostile input at the sizes the "hostile input" issue gives. Each of these took from 14 s to
 * minutes when a path was quadratic or worse; linear, each takes well under a second or two.
 * Nothing here asserts a time (that is `npm run bench`'s job): the project's test timeout (60 s,
 * vitest.config.ts) only stops a path that has become quadratic again from hanging the suite, and
 * each test checks that the answer is right and says each thing once.
 */
/** The fixture's records, as lists one can add to. */
const editable = () => fixtureInput() as unknown as Record<string, Record<string, unknown>[]>;

const messages = (problems: readonly Parameters<typeof formatProblem>[0][]) =>
  problems.map(formatProblem);

describe('hostile input stays bounded and is answered right', () => {
  it('a misplaced one-character quote in a 1,000,000-code-point text is reported once, with where it is', () => {
    const text = `${FIXTURE_TEXT}\n${'ằ'.repeat(1_000_000)}x`;
    const input = editable();
    (input.meetings?.[0]?.evidence as unknown[]).push({
      source: 'article',
      quote: 'x',
      start: 5,
      end: 6,
    });
    const { problems } = validateRecords(input, { texts: { article: text } });
    const at = [...text].length - 1;
    expect(messages(problems)).toEqual([
      `meetings/review-2020-h1: evidence[1].quote: quote "x" is at ${at}-${at + 1} in article, not at 5-6 (which holds " ")`,
    ]);
  });

  it('a 1.1 MB record file with 100,000 unknown keys: each key once, at its own line', () => {
    const folder = fixtureFolder();
    const keys = Array.from({ length: 100_000 }, (_, index) => `unknown${index}: ${index}`);
    writeFileSync(
      join(folder.root, 'indicators/households.yaml'),
      `${folder.read('indicators/households.yaml')}${keys.join('\n')}\n`,
    );
    const { problems } = validateDataFolder(folder.root);
    expect(problems).toHaveLength(100_000);
    const first = folder.line('indicators/households.yaml', 'unknown0:');
    expect(problems.map((problem) => problem.line)).toEqual(keys.map((_, index) => first + index));
    expect(problems.at(-1)?.message).toBe(
      'unknown field "unknown99999" (misspelt, or not part of this record type)',
    );
  });

  it('10,000 organizations whose parent is dangling: one problem each, suggestions capped', () => {
    const input = editable();
    for (let index = 0; index < 10_000; index += 1)
      input.organizations?.push({
        id: `org-${index}`,
        name: 'x',
        kind: 'agency',
        parent: `missing-${index}`,
        evidence: [{ source: 'page', locator: 'x', note: 'x' }],
      });
    const { problems } = validateRecords(input);
    expect(problems).toHaveLength(10_000);
    expect(formatProblem(problems[0]!)).toMatch(
      /^organizations\/org-0: parent: no organizations record has id "missing-0"/,
    );
  });

  it('100,000 invalid meetings: every problem of every one listed', () => {
    const input = editable();
    for (let index = 0; index < 100_000; index += 1)
      input.meetings?.push({ id: `bad-${index}`, title: 5 });
    const { problems } = validateRecords(input);
    const mine = problems.filter((problem) => problem.id === 'bad-99999').map(formatProblem);
    expect(mine).toEqual([
      'meetings/bad-99999: title: Invalid input: expected string, received number (YAML reads unquoted 5 as a number: put it in quotes)',
      'meetings/bad-99999: kind: required field is missing (expected one of "annual-review", "semiannual-review", "quarterly-review", "multi-year-review", "other")',
      'meetings/bad-99999: date: required field is missing (expected object)',
      'meetings/bad-99999: periodReviewed: required field is missing (expected object)',
      'meetings/bad-99999: sources: required field is missing (expected array)',
      'meetings/bad-99999: evidence: required field is missing (expected array)',
    ]);
    // Six problems for each of the 100,000 meetings, and nothing else.
    expect(problems.length).toBe(600_000);
  });

  it('a chain of 4,000 redirects resolves, and a loop of 3,000 is reported once per redirect', () => {
    const chain = editable();
    chain.redirects = Array.from({ length: 4000 }, (_, index) => ({
      id: `old-${index}`,
      collection: 'meetings',
      to: index === 3999 ? 'review-2022' : `old-${index + 1}`,
      reason: 'renamed',
    }));
    expect(validateRecords(chain).problems).toEqual([]);
    const loop = editable();
    loop.redirects = Array.from({ length: 3000 }, (_, index) => ({
      id: `old-${index}`,
      collection: 'meetings',
      to: `old-${(index + 1) % 3000}`,
      reason: 'renamed',
    }));
    const { problems } = validateRecords(loop);
    expect(problems).toHaveLength(3000);
    expect(problems.every((problem) => problem.rule === 'redirects-resolve')).toBe(true);
  });

  it('an unknown id of 10,000,000 characters: a short message, no suggestion compared in full', () => {
    const error = (() => {
      try {
        getMeeting('a'.repeat(10_000_000) as never);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as Error).message.length).toBeLessThan(300);
    expect(() =>
      evidenceFor({ collection: 'meetings', id: 'b'.repeat(1_000_000) } as never),
    ).toThrow(/\(999920 more characters\)/);
  });
});
