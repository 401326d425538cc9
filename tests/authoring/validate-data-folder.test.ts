import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/authoring/validate-data-folder.js';
import { formatProblem } from '../../src/dataset/problem.js';
import { dataFixture } from '../helpers/data-fixture.js';

/** Problems as "file:line: field: reason", with file relative to the fixture root. */
function problemsIn(root: string): string[] {
  return validateDataFolder(root).problems.map((problem) =>
    formatProblem(problem.file ? { ...problem, file: relative(root, problem.file) } : problem),
  );
}

describe('validateDataFolder', () => {
  it('reports every problem of a broken folder in one run, each with file and line', () => {
    const fixture = dataFixture();
    fixture.edit('organizations/politburo.yaml', (text) =>
      text.replace('kind: party-body', 'kind: party-body\nkidn: typo'),
    );
    fixture.edit('metrics/annual-review-2024-drug-cases.yaml', (text) =>
      text.replace('unit: "cases"', 'unit: "case"'),
    );
    fixture.edit('people/nguyen-nam-dinh.yaml', (text) =>
      text.replace(
        'meeting: annual-review-2022\n    evidence',
        'meeting: annual-review-2023\n    evidence',
      ),
    );
    fixture.edit('indicators/links-removed.yaml', (text) =>
      text.replace('unit: links', 'unit: [links'),
    );
    expect(problemsIn(fixture.root)).toEqual([
      'indicators/links-removed.yaml:4: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'metrics/annual-review-2024-drug-cases.yaml:5: unit: unit "case" differs from the unit of indicator "drug-cases-fought" ("cases")',
      'organizations/politburo.yaml:4: kidn: unknown field "kidn" (misspelt, or not part of this record type)',
      'people/nguyen-nam-dinh.yaml:8: positions[0].meeting: no meetings record has id "annual-review-2023"; did you mean "annual-review-2022" or "annual-review-2024" or "semiannual-review-2021-h1"? (the claim\'s asOf is its meeting\'s date)',
    ]);
    expect(validateDataFolder(fixture.root).records).toBeNull();
  });

  it('reports a missing required field, and a derived field written by hand', () => {
    const fixture = dataFixture();
    fixture.edit('organizations/politburo.yaml', (text) => text.replace('kind: party-body\n', ''));
    let appendedLine = 0;
    fixture.edit('meetings/standing-agencies-review-2018-q3.yaml', (text) => {
      appendedLine = text.split('\n').length;
      return `${text}metrics: []\n`;
    });
    expect(problemsIn(fixture.root)).toEqual([
      `meetings/standing-agencies-review-2018-q3.yaml:${appendedLine}: metrics: metrics is filled in by the build; remove it from the file`,
      'organizations/politburo.yaml:1: kind: required field is missing (expected one of "government", "ministry", "party-body", "state-body", "armed-force", "agency", "local-command", "enterprise", "media")',
    ]);
  });

  it('reports a file named differently from its id, a stray file, a missing text and a changed text', () => {
    const fixture = dataFixture();
    fixture.edit('indicators/links-removed.yaml', (text) =>
      text.replace('id: links-removed', 'id: links-taken-down'),
    );
    writeFileSync(join(fixture.root, 'notes.md'), 'stray');
    rmSync(join(fixture.root, 'sources', 'qdnd-498119.txt'));
    fixture.edit('sources/qdnd-549232.txt', (text) => `${text}\n`);
    const problems = problemsIn(fixture.root);
    expect(problems).toContain(
      'indicators/links-removed.yaml:1: id: id "links-taken-down" differs from the file name; name the file links-taken-down.yaml',
    );
    expect(problems).toContain(
      'notes.md: unexpected file: records live in sources, organizations, people, documents, meetings, metrics, indicators, conflicts, redirects',
    );
    expect(problems).toContain(
      'sources/qdnd-498119.yaml:1: no text file qdnd-498119.txt beside the record',
    );
    expect(problems.find((problem) => problem.startsWith('sources/qdnd-549232.yaml:'))).toMatch(
      /: sha256: does not match the text: its SHA-256 is [0-9a-f]{64}$/,
    );
  });

  it('accepts the real data folder and returns its records', () => {
    const { records, problems } = validateDataFolder(dataFixture().root);
    expect(problems).toEqual([]);
    expect(records?.meetings.length).toBeGreaterThan(0);
  });
});
