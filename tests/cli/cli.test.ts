import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scratchDir } from '../helpers/scratch.js';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { evidenceFor } from '../../src/index.js';
import { dataFixture, projectRoot } from '../helpers/data-fixture.js';

/** Runs the built `mnd-mps` as a user would. */
function mndMps(...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'dist', 'cli.js'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMMANDS = [
  'summary',
  'meetings',
  'people',
  'metrics',
  'timeline',
  'show',
  'export',
  'validate',
];

describe('mnd-mps help and errors', () => {
  it('lists the commands with --help, and without a command prints them to stderr and exits 2', () => {
    const help = mndMps('--help');
    expect(help.status).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command} `);
    expect(mndMps()).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining('Usage: mnd-mps <command>'),
    });
    expect(mndMps('help', 'metrics').stdout).toMatch(/^Usage: mnd-mps metrics/);
    expect(mndMps('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(COMMANDS)('%s --help shows its usage and options', (command) => {
    const result = mndMps(command, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: mnd-mps ${command}`));
    expect(result.stdout).toContain('--json');
  });

  it('answers an unknown command, option or id with a suggestion and exit code 2', () => {
    expect(mndMps('meetngs')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command "meetngs". Did you mean meetings?'),
    });
    expect(mndMps('metrics', '--indicater', 'x')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown option --indicater. Did you mean --indicator?'),
    });
    expect(mndMps('show', 'tran-quoc-tu')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "tran-quoc-to"'),
    });
    expect(mndMps('metrics', '--indicator', 'links-remove')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "links-removed"'),
    });
    expect(mndMps('timeline', '--from', '2023-13')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('from: "2023-13" has month 13'),
    });
    expect(mndMps('timeline', '--by', 'week')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--by must be one of year, quarter, month'),
    });
    expect(mndMps('show')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('missing <id>'),
    });
    expect(mndMps('meetings', 'extra')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unexpected argument "extra"'),
    });
    expect(mndMps('metrics', '--scope', 'Quang Nin')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Did you mean "Quang Ninh"?'),
    });
    expect(mndMps('show', 'x', '--collection', 'peple')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "people"?'),
    });
    expect(mndMps('show', 'nguyen-tan-cuong', '--collection', 'meetings')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('but people has one: use --collection people'),
    });
    expect(mndMps('show', 'decree-03')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "decree-03-2019-nd-cp"'),
    });
  });

  it('reports a path it cannot use in one line, with exit code 2', () => {
    const blocked = mndMps('export', '--out', join(projectRoot, 'package.json', 'inside'));
    expect(blocked.status).toBe(2);
    expect(blocked.stderr.trim()).toBe(
      `mnd-mps: cannot mkdir ${join(projectRoot, 'package.json', 'inside')}: ENOTDIR`,
    );
    expect(mndMps('validate', '--data', 'no-such-folder')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('no data folder at "no-such-folder"'),
    });
    expect(mndMps('validate', '--data', 'package.json')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('no data folder at "package.json"'),
    });
  });
});

describe('mnd-mps commands', () => {
  it('summary prints the record counts', () => {
    const result = mndMps('summary');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `${bundledDataset.meetings.length} meetings, ${bundledDataset.metrics.length} metrics`,
    );
    expect(JSON.parse(mndMps('summary', '--json').stdout).counts.people).toBe(
      bundledDataset.people.length,
    );
  });

  it('meetings lists every meeting, earliest first; --json gives the records', () => {
    const lines = mndMps('meetings').stdout.trim().split('\n').slice(2);
    expect(lines.map((line) => line.split(/\s+/)[1])).toEqual(
      [...bundledDataset.meetings]
        .sort((a, b) => a.date.earliest.localeCompare(b.date.earliest))
        .map((meeting) => meeting.id),
    );
    expect(JSON.parse(mndMps('meetings', '--json').stdout)).toHaveLength(
      bundledDataset.meetings.length,
    );
  });

  it('people searches by name, diacritics ignored', () => {
    expect(mndMps('people', 'Trần Quốc Tô').stdout).toContain('tran-quoc-to');
    expect(mndMps('people', 'zzz').stdout).toContain('No official matches "zzz".');
    expect(JSON.parse(mndMps('people', '--json').stdout)).toHaveLength(
      bundledDataset.people.length,
    );
  });

  it('metrics filters by indicator and scope', () => {
    const links = JSON.parse(
      mndMps('metrics', '--indicator', 'links-removed', '--json').stdout,
    ) as { quantity: { asReported: string } }[];
    expect(links.map((metric) => metric.quantity.asReported)).toEqual([
      'more than 14,000',
      'more than 13,000',
    ]);
    const quangNinh = JSON.parse(
      mndMps('metrics', '--scope', 'Quang Ninh', '--json').stdout,
    ) as unknown[];
    expect(quangNinh).toHaveLength(
      bundledDataset.metrics.filter((metric) => metric.scope.area === 'Quang Ninh').length,
    );
    expect(mndMps('metrics', '--scope', 'national').stdout).toContain(
      'more than 13,000 links, accounts and channels',
    );
  });

  it('never cuts cells short when the output is not a terminal', () => {
    expect(mndMps('people').stdout).toContain(
      'Senior Lieutenant General (2021-07-16, 2023-02-09, 2025-01-15); General (2023-02-09); Senior General (2025-01-15)',
    );
  });

  it('timeline groups by quarter and marks events that span quarters', () => {
    const result = mndMps('timeline', '--from', '2018', '--to', '2018', '--by', 'quarter');
    expect(result.stdout).toContain('2018-Q3');
    expect(result.stdout).toContain('(spans) Meeting of the standing agencies');
    const grouped = JSON.parse(
      mndMps('timeline', '--from', '2023', '--to', '2023', '--by', 'quarter', '--json').stdout,
    ) as { key: string; events: { id: string; label: string }[] }[];
    expect(grouped.map((bucket) => bucket.key)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    expect(
      grouped[0]?.events.find((event) => event.id === 'meeting:annual-review-2022')?.label,
    ).toMatch(/^Conference of the Ministry/);
  });

  it('show prints a record with every piece of its evidence', () => {
    const result = mndMps('show', 'decree-03-2019-nd-cp');
    expect(result.stdout).toMatch(/^documents\/decree-03-2019-nd-cp/);
    expect(result.stdout).toContain(`Evidence (${evidenceFor('decree-03-2019-nd-cp').length}):`);
    const json = JSON.parse(
      mndMps('show', 'tran-quoc-to', '--collection', 'people', '--json').stdout,
    ) as { collection: string; evidence: unknown[] };
    expect(json.collection).toBe('people');
    expect(json.evidence).toHaveLength(evidenceFor('tran-quoc-to').length);
  });

  it('export writes the files it names', () => {
    const out = scratchDir('mnd-mps-export');
    const result = mndMps('export', '--out', out, '--format', 'csv', '--json');
    expect(result.status).toBe(0);
    const { files } = JSON.parse(result.stdout) as { files: string[] };
    expect(readdirSync(out).sort()).toEqual(files);
    expect(files).toContain('datapackage.json');
    expect(files.every((file) => file.endsWith('.csv') || file === 'datapackage.json')).toBe(true);
    expect(mndMps('export', '--out', out, '--format', 'xml')).toMatchObject({ status: 2 });
    const twice = JSON.parse(
      mndMps(
        'export',
        '--out',
        scratchDir('export-twice'),
        '--format',
        'csv,json',
        '--format',
        'csv',
        '--json',
      ).stdout,
    ) as { files: string[] };
    expect(new Set(twice.files).size).toBe(twice.files.length);
    expect(
      twice.files.filter((file) => file.endsWith('.json') && file !== 'datapackage.json'),
    ).toHaveLength(10);
    expect(mndMps('export')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--out <dir> is required'),
    });
    expect(existsSync(join(out, 'meetings.json'))).toBe(false);
  });

  it('validate accepts the real data and lists every problem of a broken folder as file:line: field: reason, with exit code 1', () => {
    expect(mndMps('validate', '--data', 'data')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('is valid'),
    });
    const fixture = dataFixture();
    fixture.edit('metrics/annual-review-2024-drug-cases.yaml', (text) =>
      text.replace('unit: "cases"', 'unit: "case"'),
    );
    fixture.edit('organizations/politburo.yaml', (text) =>
      text.replace('kind: party-body', 'kind: party-body\nkidn: typo'),
    );
    const result = mndMps('validate', '--data', relative(projectRoot, fixture.root));
    expect(result.status).toBe(1);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace(/^.*\/data\//, '')),
    ).toEqual([
      'metrics/annual-review-2024-drug-cases.yaml:5: unit: unit "case" differs from the unit of indicator "drug-cases-fought" ("cases")',
      'organizations/politburo.yaml:4: kidn: unknown field "kidn" (misspelt, or not part of this record type)',
    ]);
    expect(result.stderr).toContain('2 problem(s)');
  });
});
