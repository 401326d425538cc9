import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/main.js';
import { fixtureFolder } from '../support/data-folder.js';
import { projectRoot, scratchDir } from '../support/paths.js';

/** Runs the CLI in this process, as `mnd-mps <args>` would run, and collects what it prints. */
async function mndMps(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
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

describe('help and usage errors', () => {
  it('lists the commands with --help; without a command prints them to stderr and exits 2', async () => {
    const help = await mndMps('--help');
    expect(help.status).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command} `);
    expect(await mndMps()).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining('Usage: mnd-mps <command>'),
    });
    expect((await mndMps('help', 'metrics')).stdout).toMatch(/^Usage: mnd-mps metrics/);
    expect((await mndMps('--version')).stdout).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(COMMANDS)('%s --help shows its usage and options', async (command) => {
    const result = await mndMps(command, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: mnd-mps ${command}`));
    expect(result.stdout).toContain('--json');
  });

  it.each([
    [['meetngs'], 'unknown command "meetngs". Did you mean meetings?'],
    [['metrics', '--indicater', 'x'], 'unknown option --indicater. Did you mean --indicator?'],
    [['show', 'tran-quoc-tu'], 'did you mean "tran-quoc-to"'],
    [['metrics', '--indicator', 'links-remove'], 'did you mean "links-removed"'],
    [['timeline', '--from', '2023-13'], 'from: "2023-13" has month 13'],
    [['timeline', '--from', '15/01/2025'], 'from: "15/01/2025" looks like day/month/year'],
    [['timeline', '--by', 'week'], '--by must be one of year, quarter, month'],
    [['show'], 'missing <id>'],
    [['meetings', 'extra'], 'unexpected argument "extra"'],
    [['metrics', '--scope', 'Quang Nin'], 'Did you mean "Quang Ninh"?'],
    [['show', 'x', '--collection', 'peple'], 'did you mean "people"?'],
    [['show', 'decree-03'], 'did you mean "decree-03-2019-nd-cp"'],
    [['show', '\u001b[2Jboom'], 'no record has id "\\u001b[2Jboom"'],
    [['export'], '--out <dir> is required'],
    [
      ['export', '--out', 'x', '--format', 'xml'],
      '--format must be one of json, ndjson, csv, not "xml"',
    ],
    [['validate', '--data', 'no-such-folder'], 'no data folder at "no-such-folder"'],
  ])('%j is a usage error (exit 2) that says: %s', async (args, message) => {
    const result = await mndMps(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('the commands, on the bundled data', () => {
  it('summary prints the counts and the national meetings in date order', async () => {
    const { status, stdout } = await mndMps('summary');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Records: \d+ sources, \d+ organizations, \d+ places, \d+ people/m);
    const order = [
      'standing-agencies-review-2018-q3',
      'semiannual-review-2021-h1',
      'annual-review-2022',
      'annual-review-2024',
    ].map((id) => stdout.indexOf(` ${id} `));
    expect(
      order.every(
        (position, index) => position > 0 && (index === 0 || position > (order[index - 1] ?? 0)),
      ),
    ).toBe(true);
    expect(JSON.parse((await mndMps('summary', '--json')).stdout)).toHaveProperty('counts.people');
  });

  it('meetings lists meetings earliest first, filtered by date; --json gives the records', async () => {
    const { stdout } = await mndMps('meetings', '--from', '2023', '--to', '2023');
    expect(stdout).toContain('annual-review-2022');
    expect(stdout).not.toContain('annual-review-2024');
    const [header, dashes] = stdout.split('\n');
    expect(dashes?.trimEnd().length).toBeLessThanOrEqual(header?.length ?? 0);
    expect(
      JSON.parse(
        (await mndMps('meetings', '--json', '--from', '2025-01-15', '--to', '2025-01-15')).stdout,
      ).map((meeting: { id: string }) => meeting.id),
    ).toContain('annual-review-2024');
  });

  it('people searches by name, diacritics ignored, and never cuts cells when output is not a terminal', async () => {
    expect((await mndMps('people', 'Trần Quốc Tô')).stdout).toContain('tran-quoc-to');
    expect((await mndMps('people', 'zzz')).stdout).toBe('No official matches "zzz".');
    expect((await mndMps('people', 'Nguyen Tan Cuong')).stdout).toContain(
      'Senior General (2025-01-15)',
    );
  });

  it('metrics filters by indicator and scope, case and diacritics ignored', async () => {
    const links = JSON.parse(
      (await mndMps('metrics', '--indicator', 'links-removed', '--scope', 'NATIONAL', '--json'))
        .stdout,
    ) as { quantity: { asReported: string } }[];
    expect(links.map((metric) => metric.quantity.asReported)).toEqual(
      expect.arrayContaining(['more than 14,000', 'more than 13,000']),
    );
    const quangNinh = JSON.parse(
      (await mndMps('metrics', '--scope', 'quảng ninh', '--json')).stdout,
    ) as { scope: { place: string; level: string } }[];
    expect(quangNinh.length).toBeGreaterThan(0);
    expect(
      quangNinh.every(
        (metric) => metric.scope.place === 'quang-ninh' && metric.scope.level === 'province',
      ),
    ).toBe(true);
    expect(await mndMps('metrics', '--scope', 'Quang Nin')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Did you mean "Quang Ninh"?'),
    });
  });

  it('timeline --by lists every bucket of the range, as --json does, marking events that span buckets', async () => {
    const text = (await mndMps('timeline', '--from', '2023', '--to', '2023', '--by', 'quarter'))
      .stdout;
    for (const quarter of ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'])
      expect(text).toContain(quarter);
    const grouped = JSON.parse(
      (await mndMps('timeline', '--from', '2023', '--to', '2023', '--by', 'quarter', '--json'))
        .stdout,
    ) as { key: string }[];
    expect(grouped.map((bucket) => bucket.key)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    expect(
      (await mndMps('timeline', '--from', '2018-07', '--to', '2018-09', '--by', 'month')).stdout,
    ).toContain('(spans)');
  });

  it('show prints a record and the kind of each piece of its evidence', async () => {
    const { stdout } = await mndMps('show', 'vietnamvn-giao-ban-2024');
    expect(stdout).toMatch(/^sources\/vietnamvn-giao-ban-2024/);
    expect(stdout).toContain('[cited]: the date the publisher gives the page');
    const json = JSON.parse(
      (await mndMps('show', 'tran-quoc-to', '--collection', 'people', '--json')).stdout,
    ) as {
      collection: string;
      evidence: {
        kind: string;
        quote?: string;
        locator?: string;
        note?: string;
        sourceKind: string;
      }[];
    };
    expect(json.collection).toBe('people');
    // Quotes of the bundled articles and places cited on public pages, each saying which it is.
    expect(new Set(json.evidence.map((item) => item.kind))).toEqual(new Set(['quote', 'cited']));
    for (const item of json.evidence)
      expect(
        item.kind === 'quote'
          ? [item.sourceKind, typeof item.quote]
          : [item.sourceKind, typeof item.note],
      ).toEqual(item.kind === 'quote' ? ['bundled', 'string'] : ['cited', 'string']);
  });
});

describe('export writes all or nothing, never through a link, and replaces only with --force', () => {
  it('writes the files it names', async () => {
    const out = join(scratchDir('export'), 'tables');
    const result = await mndMps(
      'export',
      '--out',
      out,
      '--format',
      'csv,json',
      '--format',
      'csv',
      '--json',
    );
    expect(result.status).toBe(0);
    const { files } = JSON.parse(result.stdout) as { files: string[] };
    expect(readdirSync(out).sort()).toEqual(files);
    expect(files).toContain('datapackage.json');
    expect(files.filter((file) => file.endsWith('.csv'))).toHaveLength(11);
  });

  it('refuses to replace files without --force, and leaves them as they were', async () => {
    const out = scratchDir('export-again');
    writeFileSync(join(out, 'meetings.csv'), 'mine');
    const refused = await mndMps('export', '--out', out, '--format', 'csv');
    expect(refused).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('already holds meetings.csv'),
    });
    expect(readFileSync(join(out, 'meetings.csv'), 'utf8')).toBe('mine');
    expect(readdirSync(out)).toEqual(['meetings.csv']);
    expect((await mndMps('export', '--out', out, '--format', 'csv', '--force')).status).toBe(0);
    expect(readFileSync(join(out, 'meetings.csv'), 'utf8')).toMatch(/^id,title/);
  });

  it('never writes through a link planted in the folder, and refuses a folder that is a link', async () => {
    const out = scratchDir('export-link');
    const victim = join(scratchDir('victim'), 'precious.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(out, 'meetings.json'));
    expect((await mndMps('export', '--out', out, '--format', 'json', '--force')).status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    const linked = join(scratchDir('export-linked'), 'out');
    symlinkSync(out, linked);
    expect(await mndMps('export', '--out', linked, '--format', 'json')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is a link'),
    });
  });

  it('reports a path it cannot use in one line, with exit code 2', async () => {
    const blocked = await mndMps('export', '--out', join(projectRoot, 'package.json', 'inside'));
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toMatch(/^mnd-mps: cannot (lstat|mkdir) .*package\.json.*: ENOTDIR$/);
    expect(existsSync(join(projectRoot, 'package.json', 'inside'))).toBe(false);
  });
});

describe('validate', () => {
  it('accepts a valid folder and lists every problem of a broken one as file:line: field: reason, exit 1', async () => {
    const folder = fixtureFolder();
    expect(await mndMps('validate', '--data', folder.root)).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/is valid: 2 sources, 2 organizations, 2 places, 2 people/),
    });
    folder.edit('metrics/drugs-2021.yaml', (text) => text.replace('unit: cases', 'unit: case'));
    folder.edit('organizations/ministry-a.yaml', (text) =>
      text.replace('kind: ministry', 'kind: ministry\nkidn: typo'),
    );
    const result = await mndMps('validate', '--data', folder.root);
    expect(result.status).toBe(1);
    expect(
      result.stdout.split('\n').map((line) => relative(folder.root, line.split(':')[0] ?? '')),
    ).toEqual(['metrics/drugs-2021.yaml', 'organizations/ministry-a.yaml']);
    expect(result.stderr).toBe(`2 problem(s) in ${folder.root}`);
  });
});

describe('tables', () => {
  it('underline each header, pad columns, and cut long cells only when asked', () => {
    expect(
      formatTable(
        ['id', 'name'],
        [
          ['a-long-id', 'Ann'],
          ['b', 'Bob'],
        ],
      ),
    ).toBe(['id         name', '--         ----', 'a-long-id  Ann', 'b          Bob'].join('\n'));
    expect(formatTable(['x'], [['abcdef']], 4)).toBe(['x', '-', 'abc…'].join('\n'));
    expect(formatTable(['x'], [])).toBe('(none)');
  });
});
