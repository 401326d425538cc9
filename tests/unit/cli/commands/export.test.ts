import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';
import { projectRoot, scratchDir } from '../../../support/paths.js';

describe('export writes each format in a folder of its name', () => {
  it('writes every format by default: the records as JSON, the tables as NDJSON, CSV and Parquet, and a SQLite database', async () => {
    const out = join(scratchDir('export'), 'everything');
    const result = await mndMps('export', '--out', out, '--json');
    expect(result.status, result.stderr).toBe(0);
    const { files } = JSON.parse(result.stdout) as { files: string[] };
    expect(readdirSync(out).sort()).toEqual(['csv', 'json', 'ndjson', 'parquet', 'sqlite']);
    const written = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
      .sort();
    expect(written).toEqual(files);
    const count = (folder: string, ending: string) =>
      files.filter((file) => file.startsWith(`${folder}/`) && file.endsWith(ending)).length;
    expect(count('json', '.json')).toBe(10);
    expect(count('csv', '.csv')).toBe(count('ndjson', '.ndjson'));
    expect(count('csv', '.csv')).toBe(count('parquet', '.parquet'));
    expect(count('csv', '.csv')).toBeGreaterThan(20);
    expect(files).toEqual(
      expect.arrayContaining([
        'csv/datapackage.json',
        'ndjson/datapackage.json',
        'csv/meeting_co_chairs.csv',
        'sqlite/mnd-mps.sqlite',
        'sqlite/metadata.json',
      ]),
    );
    const head = (file: string, length: number) =>
      readFileSync(join(out, file)).subarray(0, length).toString('latin1');
    expect(head('sqlite/mnd-mps.sqlite', 16)).toBe('SQLite format 3\0');
    expect(head('parquet/meetings.parquet', 4)).toBe('PAR1');
    expect(head('csv/meeting_co_chairs.csv', 24)).toBe('meeting,position,person\r');
  });

  it('writes only the formats asked for, repeated or comma-separated', async () => {
    const out = join(scratchDir('export-some'), 'tables');
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
    expect(readdirSync(out).sort()).toEqual(['csv', 'json']);
    expect(files).toContain('csv/datapackage.json');
    expect(files.filter((file) => file.startsWith('json/'))).toHaveLength(10);
  });
});

describe('export writes all or nothing, never through a link, and replaces only with --force', () => {
  it('refuses to replace files without --force, and leaves them as they were', async () => {
    const out = scratchDir('export-again');
    await mndMps('export', '--out', out, '--format', 'csv');
    writeFileSync(join(out, 'csv', 'meetings.csv'), 'mine');
    const refused = await mndMps('export', '--out', out, '--format', 'csv');
    expect(refused).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('already holds csv/'),
    });
    expect(readFileSync(join(out, 'csv', 'meetings.csv'), 'utf8')).toBe('mine');
    expect((await mndMps('export', '--out', out, '--format', 'csv', '--force')).status).toBe(0);
    expect(readFileSync(join(out, 'csv', 'meetings.csv'), 'utf8')).toMatch(/^id,title/);
  });

  it('leaves a folder that holds one file of the export exactly as it was', async () => {
    const out = scratchDir('export-one');
    writeFileSync(join(out, 'meetings.csv'), 'mine');
    mkdirSync(join(out, 'csv'));
    writeFileSync(join(out, 'csv', 'meetings.csv'), 'mine too');
    const refused = await mndMps('export', '--out', out, '--format', 'csv');
    expect(refused).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('already holds csv/meetings.csv'),
    });
    expect(readdirSync(out).sort()).toEqual(['csv', 'meetings.csv']);
    expect(readdirSync(join(out, 'csv'))).toEqual(['meetings.csv']);
    expect(readFileSync(join(out, 'csv', 'meetings.csv'), 'utf8')).toBe('mine too');
  });

  it('never writes through a link planted in the folder, and refuses a folder that is a link', async () => {
    const out = scratchDir('export-link');
    const victim = join(scratchDir('victim'), 'precious.txt');
    writeFileSync(victim, 'keep me');
    await mndMps('export', '--out', out, '--format', 'json');
    rmSync(join(out, 'json', 'meetings.json'));
    symlinkSync(victim, join(out, 'json', 'meetings.json'));
    expect((await mndMps('export', '--out', out, '--format', 'json', '--force')).status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    // A link planted where a format's folder goes is refused, even with --force.
    const planted = scratchDir('export-planted');
    const elsewhere = scratchDir('export-elsewhere');
    symlinkSync(elsewhere, join(planted, 'json'));
    expect(await mndMps('export', '--out', planted, '--format', 'json', '--force')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('json is a link'),
    });
    expect(readdirSync(elsewhere)).toEqual([]);
    const linked = join(scratchDir('export-linked'), 'out');
    symlinkSync(out, linked);
    expect(await mndMps('export', '--out', linked, '--format', 'json')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is a link'),
    });
  });

  it('reports a path it cannot use in one line, with exit code 2', async () => {
    const blocked = await mndMps(
      'export',
      '--out',
      join(projectRoot, 'package.json', 'inside'),
      '--format',
      'csv',
    );
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toMatch(/^mnd-mps: cannot (lstat|mkdir) .*package\.json.*: ENOTDIR$/);
    expect(existsSync(join(projectRoot, 'package.json', 'inside'))).toBe(false);
  });
});
