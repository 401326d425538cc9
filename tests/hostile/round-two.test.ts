import { cpSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { bundled } from '../../src/bundled.js';
import { DatasetValidationError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem.js';
import { groupTimeline } from '../../src/helpers/group-timeline.js';
import { getRecord } from '../../src/helpers/lookups.js';
import { summarizeDataset } from '../../src/helpers/summary.js';
import { createDataset, validateRecords } from '../../src/validate/validate-records.js';
import { mndMps } from '../support/cli.js';
import { fixtureFolder } from '../support/data-folder.js';
import { FIXTURE_TEXT, fixtureInput } from '../support/fixture.js';
import { projectRoot, runScript, scratchDir } from '../support/paths.js';

/**
 * The second round of hostile input: each class of attack of the issue "Hostile input, round
 * two", at the size it gives, answered with a clear message or the right result.
 */
describe('hostile input, round two', () => {
  /** The fixture with its first metric's words and number replaced. */
  const withQuantity = (asReported: string, value: number, qualifier = 'exact') => {
    const input = fixtureInput() as unknown as {
      metrics: { quantity: Record<string, unknown>; evidence: unknown[] }[];
    };
    const metric = input.metrics[0]!;
    metric.quantity = {
      value,
      qualifier,
      lower: value,
      upper: qualifier === 'exact' ? value : null,
      asReported,
    };
    metric.evidence = [{ source: 'article', locator: 'the lede', note: 'Made up for the test.' }];
    return validateRecords(input, { texts: { article: FIXTURE_TEXT } }).problems.map(formatProblem);
  };

  it('1. numbers are read whole: a scale word, a compound, "or more", a range and an exponent', () => {
    expect(withQuantity('hơn 3 trăm', 3, 'more-than')).toContainEqual(
      'metrics/links-2021: quantity.value: "hơn 3 trăm" gives 300, not 3',
    );
    expect(withQuantity('1 triệu 200 nghìn', 1_000_000)).toContainEqual(
      'metrics/links-2021: quantity.value: "1 triệu 200 nghìn" gives 1200000, not 1000000',
    );
    expect(withQuantity('100 or more', 100)).toContainEqual(
      'metrics/links-2021: quantity.qualifier: "100 or more" reads as at-least, not exact',
    );
    expect(withQuantity('100-200', 100)).toContainEqual(
      'metrics/links-2021: quantity.qualifier: "100-200" reads as between, not exact',
    );
    expect(withQuantity('1e21', 1)).toContainEqual(
      'metrics/links-2021: quantity.asReported: cannot read "1e21" as a quantity (numbers are written in digits, not with an exponent)',
    );
  });

  it('2. a year off its quotes: the real review of 2022 moved to 2019 is refused', () => {
    const root = join(scratchDir('mnd-mps-year'), 'data');
    cpSync(join(projectRoot, 'data'), root, { recursive: true });
    const file = join(root, 'meetings', 'annual-review-2022.yaml');
    const text = readFileSync(file, 'utf8').replace(
      'periodReviewed:\n  edtf: "2022"',
      'periodReviewed:\n  edtf: "2019"',
    );
    writeFileSync(file, text);
    const problems = validateDataFolder(root).problems.map((problem) => problem.message);
    expect(problems).toContainEqual(
      'the quote at periodReviewed.evidence[0] states 2022, which "2019" does not cover',
    );
  });

  it('3. a cyclic YAML alias is refused at its line, not a crash', () => {
    const folder = fixtureFolder();
    folder.edit('indicators/households.yaml', (text) => `${text}note: &loop [*loop]\n`);
    expect(validateDataFolder(folder.root).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /indicators\/households\.yaml:\d+: YAML: an alias inside the node it names makes a cycle/,
      ),
    );
  });

  it('15. data:evidence --fix with a YAML error in another file rewrites nothing and says why, in lines, not a stack trace', () => {
    const folder = fixtureFolder();
    // A quote whose offsets --fix would fill in, in one file; a YAML error in another.
    folder.edit('meetings/review-2022.yaml', (text) =>
      text.replace('      start: 218\n      end: 236\n', ''),
    );
    folder.edit('indicators/households.yaml', (text) => `${text}note: [never closed\n`);
    const before = folder.read('meetings/review-2022.yaml');
    const result = runScript('evidence.ts', ['--fix', '--data', folder.root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/indicators\/households\.yaml:\d+: /);
    expect(result.stderr).toContain(
      '1 file(s) not rewritten: fix the YAML above first, then run --fix again',
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('0 evidence quote(s) fixed, 1 problem(s)\n');
    expect(folder.read('meetings/review-2022.yaml')).toBe(before);
    // With the YAML fixed, the same run fills the offsets in.
    folder.edit('indicators/households.yaml', (text) => text.replace('note: [never closed\n', ''));
    expect(runScript('evidence.ts', ['--fix', '--data', folder.root]).stdout).toBe(
      '1 evidence quote(s) fixed, 0 problem(s)\n',
    );
    expect(folder.read('meetings/review-2022.yaml')).toContain(
      '      start: 218\n      end: 236\n',
    );
  });

  it('7. sizes are capped with a clear error: a 134 MB text, a 200 MB record file, too many records', () => {
    expect(() => createDataset({}, { texts: { article: 'x'.repeat(134_000_000) } })).toThrow(
      /options\.texts\["article"\]: the text has 134,000,000 characters; at most 33,554,432 are taken/,
    );
    const folder = fixtureFolder();
    const big = join(folder.root, 'indicators', 'households.yaml');
    truncateSync(big, 200_000_000); // a sparse file: the size is checked before a byte is read
    expect(validateDataFolder(folder.root).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /households\.yaml:1: the file has 200,000,000 bytes; at most 16,777,216 are read/,
      ),
    );
    const many = { places: new Array(1_000_001).fill({}) };
    expect(validateRecords(many).problems.map((problem) => problem.message)).toEqual([
      '1,000,001 records; at most 1,000,000 are taken in one call',
    ]);
  });

  it('8. the input is read once: a getter that answers differently on a second read changes nothing', () => {
    const input = fixtureInput() as unknown as { metrics: Record<string, unknown>[] };
    let reads = 0;
    Object.defineProperty(input.metrics[0], 'meeting', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'no-such-meeting' : 'review-2022'),
    });
    expect(() => createDataset(input as never, { texts: { article: FIXTURE_TEXT } })).toThrow(
      DatasetValidationError,
    );
    expect(reads).toBe(1);
  });

  it('9. counts keyed by user strings: places named "constructor" and "__proto__", and two with one name', () => {
    const input = fixtureInput() as unknown as {
      places: Record<string, unknown>[];
      metrics: { scope: { place: string | null } }[];
    };
    const place = (id: string, name: string) => ({
      id,
      name,
      level: 'province',
      evidence: [{ source: 'page', locator: 'x', note: 'y' }],
    });
    input.places.push(
      place('a', 'constructor'),
      place('b', '__proto__'),
      place('c', 'Same'),
      place('d', 'Same'),
    );
    input.metrics.forEach(
      (metric, index) => (metric.scope.place = ['a', 'b', 'c', 'd'][index] ?? null),
    );
    const dataset = createDataset(input as never, { texts: { article: FIXTURE_TEXT } });
    const counts = [...summarizeDataset({ dataset }).localMetricCounts];
    expect(counts.sort((x, y) => (x.place < y.place ? -1 : 1))).toEqual([
      { place: 'a', name: 'constructor', count: 1 },
      { place: 'b', name: '__proto__', count: 1 },
      { place: 'c', name: 'Same', count: 1 },
      { place: 'd', name: 'Same', count: 1 },
    ]);
  });

  it('10. terminal escapes in the data are printed as escapes, never acted on', async () => {
    const folder = fixtureFolder();
    folder.edit('indicators/households.yaml', (text) =>
      text.replace(/^label: .*$/m, 'label: "\\e]0;owned\\a\\e[2J data is valid"'),
    );
    const { stdout, stderr } = await mndMps('validate', '--data', folder.root);
    expect(`${stdout}${stderr}`).not.toMatch(/[\u001b\u0007]/);
    expect(stdout).toContain('\\u001b]0;owned\\u0007\\u001b[2J data is valid');
  });

  it('11. groupTimeline: 1,000 open-ended events over 10,000 years, by year in one shared list; by month refused', () => {
    const events = Array.from({ length: 1000 }, () => ({ date: { earliest: null, latest: null } }));
    const start = performance.now();
    const years = groupTimeline(events, 'year', { from: '0000', to: '9999' });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(years).toHaveLength(10_000);
    expect(years[0]?.spanning).toHaveLength(1000);
    expect(years[9999]?.spanning).toBe(years[0]?.spanning);
    expect(() => groupTimeline(events, 'month', { from: '0000', to: '9999' })).toThrow(
      /is 120,000 buckets; at most 10,000/,
    );
  });

  it('12. invisible and direction characters in a name are refused by createDataset too', () => {
    const input = fixtureInput() as unknown as { people: { name: string }[] };
    input.people[0]!.name = 'Le Van \u202eA';
    expect(() => createDataset(input as never)).toThrow(
      /holds "\\u202e", a character no record text needs/,
    );
  });

  it('13. the dataset keeps its indexes where nothing outside reaches them', () => {
    expect(Object.getOwnPropertySymbols(bundled)).toEqual([]);
    expect(Object.isFrozen(bundled)).toBe(true);
    expect(getRecord('meetings', 'annual-review-2022').title).not.toBe('forged');
  });

  it('14 and 16. an empty option value is refused; a bad id shows its invisible character escaped; a long query is not echoed whole', async () => {
    expect(await mndMps('metrics', '--place', '')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--place needs a value'),
    });
    expect(() => getRecord('meetings', 'annual-review-2022\u200b' as never)).toThrow(
      /"annual-review-2022\\u200b"/,
    );
    const { stdout } = await mndMps('people', 'q'.repeat(131_000));
    expect(stdout.length).toBeLessThan(200);
    expect(stdout).toContain('(130920 more characters)');
  });
});
