import { describe, expect, it } from 'vitest';
import { mndMps } from '../../support/cli.js';

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
    [['show', 'tran-quoc-tu'], 'did you mean "people/tran-quoc-to"'],
    [['metrics', '--indicator', 'links-remove'], 'did you mean "links-removed"'],
    [['timeline', '--from', '2023-13'], 'from: "2023-13" has month 13'],
    [['timeline', '--from', '15/01/2025'], 'from: "15/01/2025" looks like day/month/year'],
    [['timeline', '--by', 'week'], '--by must be one of year, quarter, month'],
    [['show'], 'missing <id>'],
    [['meetings', 'extra'], 'unexpected argument "extra"'],
    [['metrics', '--place', 'Quang Nin'], 'did you mean "Quang Ninh" (quang-ninh)?'],
    [['meetings', '--person', 'Tran Quoc'], 'did you mean "Tran Quoc To" (tran-quoc-to)?'],
    [
      ['meetings', '--level', 'planet'],
      'level: expected one of national, province, district, commune',
    ],
    [['rank-at', 'tran-quoc-to'], 'missing <date>'],
    [['show', 'x', '--collection', 'peple'], 'did you mean "people"?'],
    [['show', 'decree-03'], '"documents/decree-03-2019-nd-cp"'],
    [
      ['show', 'Nghị định 03'],
      'did you mean "documents/decree-03-2019-nd-cp" (Decree No. 03/2019/ND-CP)',
    ],
    [
      ['show', 'nguyen-tan-cuong', '--collection', 'meetings'],
      'did you mean "people/nguyen-tan-cuong"',
    ],
    [['search', 'Nghe An', '--limit', '0'], '--limit must be a whole number of 1 or more'],
    [['show', '\u001b[2Jboom'], 'no record has id "\\u001b[2Jboom"'],
    [['export'], '--out <dir> is required'],
    [
      ['export', '--out', 'x', '--format', 'xml'],
      '--format must be one of json, ndjson, csv, parquet, sqlite, not "xml"',
    ],
    [['validate', '--data', 'no-such-folder'], 'no data folder at "no-such-folder"'],
  ])('%j is a usage error (exit 2) that says: %s', async (args, message) => {
    const result = await mndMps(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('\u001b');
  });
});
