import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';
import { projectRoot, scratchDir } from '../../../support/paths.js';

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
