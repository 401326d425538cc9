import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { formatTable } from '../../src/cli/command.js';
import { UnknownIdError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem.js';
import { getRecord } from '../../src/helpers/lookups.js';
import { evidenceFor } from '../../src/helpers/provenance.js';
import { search } from '../../src/helpers/search.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import {
  danglingParents,
  invalidMeetings,
  misplacedQuote,
  redirects,
  unknownKeysFolder,
  unplacedQuotesFolder,
} from '../support/hostile-input.js';
import { fixtureInput } from '../support/fixture.js';

/**
 * Hostile input at the sizes the "hostile input" issue gives. Each of these took from 14 s to
 * minutes when a path was quadratic or worse; linear, each takes a second or two.
 * Nothing here asserts a time (that is `npm run bench`'s job, at 10 and 100 times these sizes):
 * the project's test timeout (60 s, vitest.config.ts) only stops a path that has become quadratic
 * again from hanging the suite, and each test checks that the answer is right and says each
 * thing once.
 */
describe('hostile input stays bounded and is answered right', () => {
  it('a misplaced one-character quote in a 1,000,000-code-point text is reported once, with where it is', () => {
    const { input, texts, at } = misplacedQuote(1_000_000);
    expect(validateRecords(input, { texts }).problems.map(formatProblem)).toEqual([
      `meetings/review-2020-h1: evidence[1].quote: quote "x" is at ${at}-${at + 1} in article, not at 5-6 (which holds " ")`,
    ]);
  });

  it('a 1.1 MB record file with 100,000 unknown keys: each key once, at its own line', () => {
    const folder = unknownKeysFolder(100_000);
    const { problems } = validateDataFolder(folder.root);
    expect(problems).toHaveLength(100_000);
    const first = folder.line('indicators/households.yaml', 'unknown0:');
    expect(problems.map((problem) => problem.line)).toEqual(
      problems.map((_, index) => first + index),
    );
    expect(problems.at(-1)?.message).toBe(
      'unknown field "unknown99999" (misspelt, or not part of this record type)',
    );
  });

  it('one record with 200,000 unknown keys: each key once, with no stack overflow (found by npm run bench at 1,000,000)', () => {
    const input = fixtureInput() as unknown as { indicators: Record<string, unknown>[] };
    const record = input.indicators[0]!;
    for (let index = 0; index < 200_000; index += 1) record[`unknown${index}`] = index;
    const { problems } = validateRecords(input);
    expect(problems).toHaveLength(200_000);
    expect(formatProblem(problems.at(-1)!)).toBe(
      `indicators/${String(record.id)}: unknown199999: unknown field "unknown199999" (misspelt, or not part of this record type)`,
    );
  });

  it('a CLI table of 200,000 rows (a large data folder of your own) is laid out without a stack overflow', () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => [String(index)]);
    const lines = formatTable(['n'], rows).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[2]).toBe('0');
    expect(lines.at(-1)).toBe('199999');
  });

  it('20,000 quotes with no offsets and 20,000 unknown keys in one file: each said once', () => {
    const folder = unplacedQuotesFolder(20_000);
    const { problems } = validateDataFolder(folder.root);
    expect(problems).toHaveLength(40_000);
    const rules = problems.map((problem) => problem.rule);
    expect(rules.filter((rule) => rule === 'evidence-quotes-match')).toHaveLength(20_000);
    expect(rules.filter((rule) => rule === 'schema')).toHaveLength(20_000);
    expect(problems[0]?.message).toMatch(/^the quote has no offsets; it is at \d+-\d+ in article /);
  });

  it('10,000 organizations whose parent is dangling: one problem each, suggestions capped', () => {
    const { problems } = validateRecords(danglingParents(10_000));
    expect(problems).toHaveLength(10_000);
    expect(formatProblem(problems[0]!)).toMatch(
      /^organizations\/org-0: parent: no organizations record has id "missing-0"/,
    );
  });

  it('100,000 invalid meetings: every problem of every one listed', () => {
    const { problems } = validateRecords(invalidMeetings(100_000));
    expect(problems.filter((problem) => problem.id === 'bad-99999').map(formatProblem)).toEqual([
      'meetings/bad-99999: title: Invalid input: expected string, received number (YAML reads unquoted 5 as a number: put it in quotes)',
      'meetings/bad-99999: kind: required field is missing (expected one of "annual-review", "semiannual-review", "quarterly-review", "multi-year-review", "joint-inspection", "draft-decree-conference", "other")',
      'meetings/bad-99999: date: required field is missing (expected object)',
      'meetings/bad-99999: periodReviewed: required field is missing (expected object)',
      'meetings/bad-99999: sources: required field is missing (expected array)',
      'meetings/bad-99999: evidence: required field is missing (expected array)',
    ]);
    // Six problems for each of the 100,000 meetings, and nothing else.
    expect(problems.length).toBe(600_000);
  });

  it('a chain of 4,000 redirects resolves, and a loop of 3,000 is reported once per redirect', () => {
    expect(validateRecords(redirects(4000, false)).problems).toEqual([]);
    const { problems } = validateRecords(redirects(3000, true));
    expect(problems).toHaveLength(3000);
    expect(problems.every((problem) => problem.rule === 'redirects-resolve')).toBe(true);
  });

  it('an unknown id of 10,000,000 characters: a short message, no suggestion compared in full', () => {
    const error = (() => {
      try {
        getRecord('meetings', 'a'.repeat(10_000_000) as never);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as Error).message.length).toBeLessThan(300);
    expect(() => evidenceFor('meetings', 'b'.repeat(1_000_000) as never)).toThrow(
      /\(999920 more characters\)/,
    );
  });

  it('a search query of 100,000 words: its first 1,000 characters read, answered in under 2 s', () => {
    const words = Array.from({ length: 100_000 }, (_, index) => `Nghệ An ${index} ((((a+)+)+)+`);
    search('Nghệ An'); // the index is built once; this case times the query alone
    const start = performance.now();
    const hits = search(words.join(' '));
    // The cap makes the cost that of 1,000 characters: far under the bound, whatever the machine.
    expect(performance.now() - start).toBeLessThan(2000);
    // Its first 32 distinct words hold numbers that no place's name has.
    expect(hits.filter((hit) => hit.collection === 'places')).toEqual([]);
    expect(search(`Nghệ An${' '.repeat(1000)}${words.join(' ')}`)[0]?.id).toBe('nghe-an');
  });
});
