import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../../src/authoring/validate-data-folder.js';
import { formatProblem } from '../../../src/core/problem.js';
import { fixtureFolder } from '../../support/data-folder.js';
import { FIXTURE_TEXT } from '../../support/fixture.js';
import { dataFixture } from '../../support/paths.js';

type Folder = ReturnType<typeof fixtureFolder>;

/** Problems as "file:line: field: reason", with file relative to the data folder. */
const problemsIn = (root: string) =>
  validateDataFolder(root).problems.map((problem) =>
    formatProblem(problem.file ? { ...problem, file: relative(root, problem.file) } : problem),
  );

/** One defect each, and exactly what validation must say about it (the line found by searching the file). */
const FAULTS: Record<string, (folder: Folder) => string[]> = {
  'bounds that contradict the qualifier': (folder) => {
    folder.edit('metrics/links-2021.yaml', (text) => text.replace('upper: null', 'upper: 150'));
    return [
      `metrics/links-2021.yaml:${folder.line('metrics/links-2021.yaml', 'upper: 150')}: quantity.upper: for "more-than", upper must be null (open), not 150`,
    ];
  },
  'a dangling reference': (folder) => {
    folder.edit('metrics/links-2022.yaml', (text) =>
      text.replace('indicator: links-removed', 'indicator: links-remove'),
    );
    return [
      `metrics/links-2022.yaml:${folder.line('metrics/links-2022.yaml', 'indicator:')}: indicator: no indicators record has id "links-remove"; did you mean "links-removed"?`,
    ];
  },
  'a derived field written by hand': (folder) => {
    folder.edit('meetings/review-2021.yaml', (text) => `${text}metrics: [links-2021]\n`);
    return [
      `meetings/review-2021.yaml:${folder.line('meetings/review-2021.yaml', 'metrics:')}: metrics: the build derives this field (the ids of the metrics whose meeting is this one); remove it from the file`,
    ];
  },
  'a duplicate id': (folder) => {
    writeFileSync(
      join(folder.root, 'indicators/copy.yaml'),
      folder.read('indicators/households.yaml'),
    );
    return [
      `indicators/copy.yaml:1: id: id "households" differs from the file name; name the file households.yaml`,
      'indicators/copy.yaml:1: id: id "households" is used by 2 records in indicators',
    ];
  },
  'a derived date bound that disagrees': (folder) => {
    folder.edit('meetings/review-2021.yaml', (text) =>
      text.replace('edtf: "2021"', 'edtf: "2021"\n  earliest: 2021-02-01'),
    );
    return [
      `meetings/review-2021.yaml:${folder.line('meetings/review-2021.yaml', 'earliest:')}: date.earliest: earliest is derived from edtf "2021" (2021-01-01); leave it out`,
    ];
  },
  'a date outside the EDTF subset': (folder) => {
    folder.edit('meetings/review-2021.yaml', (text) =>
      text.replace('edtf: "2021"', 'edtf: "2021-13"'),
    );
    return [
      `meetings/review-2021.yaml:${folder.line('meetings/review-2021.yaml', 'edtf: "2021-13"')}: date.edtf: "2021-13" has month 13: use 01-12, 33-36 for quarters or 40-41 for halves (without a day)`,
    ];
  },
  'malformed YAML': (folder) => {
    folder.edit('people/tran-thi-b.yaml', (text) =>
      text.replace('service: police', 'service: [police'),
    );
    return [
      `people/tran-thi-b.yaml:${folder.line('people/tran-thi-b.yaml', 'ranks:')}: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ];
  },
  'a key written twice in one map': (folder) => {
    folder.edit('people/tran-thi-b.yaml', (text) => `${text}service: army\n`);
    return [
      `people/tran-thi-b.yaml:${folder.line('people/tran-thi-b.yaml', 'service: army')}: YAML: the key "service" is repeated in its map; keys must be unique`,
    ];
  },
  'a link loop inside a collection folder (links are never followed)': (folder) => {
    symlinkSync('loop.yaml', join(folder.root, 'meetings/loop.yaml'));
    return ['meetings/loop.yaml: unexpected link (links are not followed): expected <id>.yaml'];
  },
  'a source text with a byte-order mark': (folder) => {
    folder.edit('sources/article.txt', (text) => `\ufeff${text}`);
    return [
      'sources/article.txt:1: the file starts with a byte-order mark (U+FEFF): remove it, so that the bytes are the text that hashes and offsets describe',
    ];
  },
  'a source text with CRLF line ends': (folder) => {
    folder.edit('sources/article.txt', (text) => text.replace(/\n/g, '\r\n'));
    return [
      'sources/article.txt:1: the file has CR (\\r) line ends: store it with LF line ends only, as offsets and hashes count',
    ];
  },
  'offsets that do not hold the quote': (folder) => {
    const shift = (match: string, start: string, end: string) =>
      match
        .replace(`start: ${start}`, `start: ${Number(start) + 1}`)
        .replace(`end: ${end}`, `end: ${Number(end) + 1}`);
    folder.edit('documents/decree-03.yaml', (text) =>
      text.replace(/quote: issued on 5 September 2019\n\s+start: (\d+)\n\s+end: (\d+)/, shift),
    );
    const start = [...FIXTURE_TEXT.slice(0, FIXTURE_TEXT.indexOf('issued on'))].length;
    return [
      `documents/decree-03.yaml:${folder.line('documents/decree-03.yaml', 'quote: issued on')}: issued.evidence[0].quote: quote "issued on 5 September 2019" is at ${start}-${start + 26} in article, not at ${start + 1}-${start + 27} (which holds "ssued on 5 September 2019.")`,
    ];
  },
  'a quote that is not in the text': (folder) => {
    folder.edit('metrics/drugs-2021.yaml', (text) =>
      text.replace('quote: fought 12 drug cases', 'quote: faught 12 drug cases'),
    );
    return [
      `metrics/drugs-2021.yaml:${folder.line('metrics/drugs-2021.yaml', 'quote: faught 12')}: evidence[0].quote: quote "faught 12 drug cases" is not in the text of article`,
    ];
  },
  'a quote written twice in the text, without offsets': (folder) => {
    folder.edit('metrics/links-2021.yaml', (text) =>
      text.replace(/quote: In 2021\n\s+start: \d+\n\s+end: \d+/, 'quote: Le Van A'),
    );
    const starts = [...FIXTURE_TEXT.matchAll(/Le Van A/g)].map(
      (match) => [...FIXTURE_TEXT.slice(0, match.index)].length,
    );
    return [
      `metrics/links-2021.yaml:${folder.line('metrics/links-2021.yaml', 'quote: Le Van A')}: period.evidence[0].quote: the quote occurs ${starts.length} times in article (start = ${starts.join(', ')}): set start to the one meant`,
    ];
  },
  'a redirect loop': (folder) => {
    folder.edit('redirects/review-of-2022.yaml', (text) =>
      text.replace('to: review-2022', 'to: review-of-2022'),
    );
    return [
      `redirects/review-of-2022.yaml:${folder.line('redirects/review-of-2022.yaml', 'to:')}: to: redirects loop: review-of-2022 -> review-of-2022`,
    ];
  },
  'a redirect to no record': (folder) => {
    folder.edit('redirects/review-of-2022.yaml', (text) =>
      text.replace('to: review-2022', 'to: review-2099'),
    );
    return [
      `redirects/review-of-2022.yaml:${folder.line('redirects/review-of-2022.yaml', 'to:')}: to: leads to "review-2099", which is neither a meetings record nor a redirect`,
    ];
  },
  'a text changed after its hash was recorded': (folder) => {
    folder.edit('sources/article.txt', (text) => `${text}\nOne more line.`);
    return [
      expect.stringMatching(
        new RegExp(
          `^sources/article.yaml:${folder.line('sources/article.yaml', 'sha256:')}: sha256: does not match the text: its SHA-256 is [0-9a-f]{64}$`,
        ),
      ) as unknown as string,
    ];
  },
  'a bundled source without its text': (folder) => {
    rmSync(join(folder.root, 'sources/article.txt'));
    return [
      'sources/article.yaml:1: a bundled source needs its text: no article.txt beside the record',
    ];
  },
  'a text that is not NFC': (folder) => {
    folder.edit('sources/article.txt', (text) => text.replace('Le Van A', 'Le\u0301 Van A'));
    return [
      'sources/article.txt:2: the text is not in Unicode NFC; store it normalised (offsets count NFC code points)',
    ];
  },
  'a text that is not UTF-8': (folder) => {
    writeFileSync(join(folder.root, 'sources/article.txt'), Buffer.from([0x4f, 0x6e, 0xff, 0x0a]));
    return ['sources/article.txt:1: the file is not valid UTF-8'];
  },
  'a unit that differs from its indicator': (folder) => {
    folder.edit('metrics/drugs-2021.yaml', (text) => text.replace('unit: cases', 'unit: case'));
    return [
      `metrics/drugs-2021.yaml:${folder.line('metrics/drugs-2021.yaml', 'unit: case')}: unit: unit "case" differs from the unit of indicator "drug-cases" ("cases")`,
    ];
  },
  'an unknown field': (folder) => {
    folder.edit('organizations/ministry-a.yaml', (text) =>
      text.replace('kind: ministry', 'kind: ministry\nkidn: typo'),
    );
    return [
      `organizations/ministry-a.yaml:${folder.line('organizations/ministry-a.yaml', 'kidn')}: kidn: unknown field "kidn" (misspelt, or not part of this record type)`,
    ];
  },
  'an unquoted number where text is expected': (folder) => {
    folder.edit('indicators/households.yaml', (text) =>
      text.replace('unit: households', 'unit: 12'),
    );
    return [
      `indicators/households.yaml:${folder.line('indicators/households.yaml', 'unit: 12')}: unit: Invalid input: expected string, received number (YAML reads unquoted 12 as a number: put it in quotes)`,
    ];
  },
  'a value of the wrong type': (folder) => {
    folder.edit('metrics/drugs-2021.yaml', (text) =>
      text.replace('cumulative: false', 'cumulative: sometimes'),
    );
    return [
      `metrics/drugs-2021.yaml:${folder.line('metrics/drugs-2021.yaml', 'cumulative:')}: cumulative: Invalid input: expected boolean, received string`,
    ];
  },
};

describe('an authored data folder', () => {
  it('made from the fixture is valid', () => expect(problemsIn(fixtureFolder().root)).toEqual([]));

  it.each(Object.keys(FAULTS))('with %s: validation says exactly what and where, once', (fault) => {
    const folder = fixtureFolder();
    const expected = (FAULTS[fault] as (folder: Folder) => string[])(folder);
    expect(problemsIn(folder.root)).toEqual(expected);
    expect(validateDataFolder(folder.root).records).toBeNull();
  });

  it('reports every problem in one run: schema errors and a bad reference in the same file', () => {
    const folder = fixtureFolder();
    folder.edit('meetings/review-2022.yaml', (text) =>
      text
        .replace('kind: annual-review', 'kind: annual-reviw')
        .replace('  - tran-thi-b\n', '  - tran-thi-c\n'),
    );
    const file = 'meetings/review-2022.yaml';
    expect(problemsIn(folder.root)).toEqual([
      `${file}:${folder.line(file, 'kind:')}: kind: Invalid option: expected one of "annual-review"|"semiannual-review"|"quarterly-review"|"multi-year-review"|"joint-inspection"|"draft-decree-conference"|"other"`,
      `${file}:${folder.line(file, '- tran-thi-c')}: coChairs[1]: no people record has id "tran-thi-c"; did you mean "tran-thi-b"?`,
    ]);
  });

  it('points a wrong quote in a meeting at the meeting file only, once', () => {
    const folder = fixtureFolder();
    folder.edit('meetings/review-2022.yaml', (text) =>
      text.replace('quote: On 9 February 2023', 'quote: On 8 February 2023'),
    );
    const problems = problemsIn(folder.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^meetings\/review-2022\.yaml:\d+: date\.evidence\[0\]\.quote: quote "On 8 February 2023" is not in the text of article$/,
    );
  });

  it('reports a stray file and a text with no record', () => {
    const folder = fixtureFolder();
    writeFileSync(join(folder.root, 'notes.md'), 'stray');
    writeFileSync(join(folder.root, 'sources/orphan.txt'), 'text');
    expect(problemsIn(folder.root)).toEqual([
      'notes.md: unexpected file: records live in sources, organizations, places, people, documents, meetings, metrics, indicators, conflicts, redirects',
      'sources/orphan.txt:1: the text has no bundled source record orphan.yaml beside it (a cited page keeps no text)',
    ]);
  });

  it('the real data folder is valid', () => {
    const { records, problems } = validateDataFolder(dataFixture().root);
    expect(problems).toEqual([]);
    expect(records?.meetings.length).toBeGreaterThan(0);
  });
});
