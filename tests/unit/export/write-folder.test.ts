import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ExportError,
  ExportInterrupted,
  type FileContents,
  STAGING,
  writeFolder,
} from '../../../src/export/write-folder.js';
import { scratchDir } from '../../support/paths.js';

const files = new Map<string, FileContents>([
  ['csv/a.csv', 'a'],
  ['csv/inner/b.csv', 'b'],
  ['json/c.json', '{}'],
]);

/** Every file under a folder, by path, with its text: the whole state a test compares. */
function contents(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (!entry.isDirectory()) {
      const path = join(entry.parentPath, entry.name);
      found[path.slice(folder.length + 1)] = entry.isSymbolicLink()
        ? `-> ${readFileSync(path, 'utf8')}`
        : readFileSync(path, 'utf8');
    }
  return found;
}

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('writeFolder writes each folder whole, staged inside the target', () => {
  it('makes the target and its missing parents, with the modes mkdir gives, and writes every file', async () => {
    const root = scratchDir('write-new');
    const target = join(root, 'a', 'b', 'out');
    expect(await writeFolder(target, files)).toEqual({
      files: ['csv/a.csv', 'csv/inner/b.csv', 'json/c.json'],
      notes: [],
    });
    expect(contents(target)).toEqual({
      'csv/a.csv': 'a',
      'csv/inner/b.csv': 'b',
      'json/c.json': '{}',
    });
    // Not 0700 as mkdtemp makes them: the same mode as a folder made by mkdir here.
    mkdirSync(join(root, 'plain'));
    const mode = statSync(join(root, 'plain')).mode & 0o777;
    for (const folder of ['a', 'a/b', 'a/b/out', 'a/b/out/csv', 'a/b/out/csv/inner'])
      expect(statSync(join(root, folder)).mode & 0o777, folder).toBe(mode);
  });

  it('leaves what else the target holds, and needs no writable parent', async () => {
    const root = scratchDir('write-existing');
    const target = join(root, 'out');
    mkdirSync(target);
    writeFileSync(join(target, 'mine.txt'), 'mine');
    const { chmodSync } = await import('node:fs');
    chmodSync(root, 0o555);
    try {
      await writeFolder(target, files);
    } finally {
      chmodSync(root, 0o755);
    }
    expect(readdirSync(target).sort()).toEqual(['csv', 'json', 'mine.txt']);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('replaces a folder that holds files only with force, whole, old files of its kind gone', async () => {
    const target = scratchDir('write-force');
    mkdirSync(join(target, 'csv'));
    writeFileSync(join(target, 'csv', 'a.csv'), 'old a');
    writeFileSync(join(target, 'csv', 'stale.csv'), 'a table an older version wrote');
    await expect(writeFolder(target, files)).rejects.toThrow(
      /already holds csv\/a\.csv, csv\/stale\.csv; pass --force to replace them/,
    );
    expect(contents(target)).toEqual({
      'csv/a.csv': 'old a',
      'csv/stale.csv': 'a table an older version wrote',
    });
    await writeFolder(target, files, { force: true });
    expect(contents(target)).toEqual({
      'csv/a.csv': 'a',
      'csv/inner/b.csv': 'b',
      'json/c.json': '{}',
    });
    expect(readdirSync(target).sort()).toEqual(['csv', 'json']);
  });

  it('refuses, even with force, a folder holding a file of a kind it does not write', async () => {
    const target = scratchDir('write-foreign');
    mkdirSync(join(target, 'csv'));
    writeFileSync(join(target, 'csv', 'notes.txt'), 'my notes');
    await expect(writeFolder(target, files, { force: true })).rejects.toThrow(
      /holds csv\/notes\.txt, which the export does not write; it replaces csv\/ whole, so move them out first/,
    );
    expect(contents(target)).toEqual({ 'csv/notes.txt': 'my notes' });
  });

  it('refuses a target or a folder inside that is a link or a file, even with force, and writes nothing', async () => {
    const out = scratchDir('write-linked-folder');
    const elsewhere = scratchDir('write-elsewhere');
    symlinkSync(elsewhere, join(out, 'csv'));
    await expect(writeFolder(out, files, { force: true })).rejects.toThrow(ExportError);
    await expect(writeFolder(out, files, { force: true })).rejects.toThrow(/csv is a link/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(out)).toEqual(['csv']);
    const plain = scratchDir('write-file-folder');
    writeFileSync(join(plain, 'csv'), 'a file');
    await expect(writeFolder(plain, files)).rejects.toThrow(/csv is not a folder/);
    const linked = join(scratchDir('write-linked'), 'out');
    symlinkSync(out, linked);
    await expect(writeFolder(linked, files)).rejects.toThrow(/out is a link: give a folder/);
  });

  it('replaces a link planted inside a folder, never writing through it, and only with force', async () => {
    const out = scratchDir('write-planted');
    mkdirSync(join(out, 'csv'));
    const victim = join(scratchDir('write-victim'), 'precious.csv');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(out, 'csv', 'a.csv'));
    await expect(writeFolder(out, files)).rejects.toThrow(/already holds csv\/a\.csv/);
    expect(lstatSync(join(out, 'csv', 'a.csv')).isSymbolicLink()).toBe(true);
    await writeFolder(out, files, { force: true });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(join(out, 'csv', 'a.csv')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'csv', 'a.csv'), 'utf8')).toBe('a');
  });

  it('leaves the target as it was when a file cannot be written, the folders it made removed', async () => {
    const out = scratchDir('write-failing');
    mkdirSync(join(out, 'csv'));
    writeFileSync(join(out, 'csv', 'a.csv'), 'old');
    // "csv/a.csv" cannot be both a file and a folder: the write fails before anything moves.
    const clash = new Map([...files, ['csv/a.csv/c.csv', 'c']]);
    await expect(writeFolder(out, clash, { force: true })).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(contents(out)).toEqual({ 'csv/a.csv': 'old' });
    expect(readdirSync(out)).toEqual(['csv']);
    const root = scratchDir('write-failing-new');
    await expect(writeFolder(join(root, 'new', 'out'), clash)).rejects.toThrow();
    expect(readdirSync(root)).toEqual([]);
  });

  it('removes the parents it made when a name is too long for the system', async () => {
    const root = scratchDir('write-too-long');
    await expect(writeFolder(join(root, 'made', 'x'.repeat(300)), files)).rejects.toThrow(
      /ENAMETOOLONG/,
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it('stops when its signal is aborted mid-write, leaving the target as it was', async () => {
    const target = scratchDir('write-aborted');
    mkdirSync(join(target, 'csv'));
    writeFileSync(join(target, 'csv', 'a.csv'), 'old');
    const controller = new AbortController();
    // The files as a map that aborts, as a SIGINT would, once two of them are written.
    class Interrupting extends Map<string, FileContents> {
      override *[Symbol.iterator](): MapIterator<[string, FileContents]> {
        let count = 0;
        for (const entry of super.entries()) {
          if (++count === 3) controller.abort('SIGINT');
          yield entry;
        }
      }
    }
    const error = await writeFolder(target, new Interrupting(files), {
      force: true,
      signal: controller.signal,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportInterrupted);
    expect((error as ExportInterrupted).signal).toBe('SIGINT');
    expect(contents(target)).toEqual({ 'csv/a.csv': 'old' });
    expect(readdirSync(target)).toEqual(['csv']);
    const fresh = join(scratchDir('write-aborted-new'), 'out');
    const aborted = AbortSignal.abort('SIGTERM');
    await expect(writeFolder(fresh, files, { signal: aborted })).rejects.toThrow(
      /interrupted by SIGTERM/,
    );
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('writeFolder after an export was killed', () => {
  /** What a killed export leaves: its staging folder, with the files it had staged. */
  function killed(target: string, options: { pid: number; swapping: boolean }) {
    const staging = join(target, STAGING);
    mkdirSync(join(staging, 'new', 'csv'), { recursive: true });
    mkdirSync(join(staging, 'old'));
    writeFileSync(
      join(staging, 'owner.json'),
      JSON.stringify({ pid: options.pid, started: '2026-12-06T10:00:00.000Z' }),
    );
    writeFileSync(join(staging, 'new', 'csv', 'a.csv'), 'staged a');
    if (options.swapping) writeFileSync(join(staging, 'swapping'), '');
  }

  it('removes the files of one killed while writing, and says so', async () => {
    const target = scratchDir('write-stale');
    mkdirSync(join(target, 'csv'));
    writeFileSync(join(target, 'csv', 'a.csv'), 'old');
    killed(target, { pid: deadPid(), swapping: false });
    const { notes } = await writeFolder(target, new Map([['json/c.json', '{}']]));
    expect(notes).toEqual([
      `removed the unfinished files of an interrupted export (started 2026-12-06T10:00:00.000Z) from ${target}`,
    ]);
    expect(contents(target)).toEqual({ 'csv/a.csv': 'old', 'json/c.json': '{}' });
  });

  it('finishes one killed while swapping folders in, and says so', async () => {
    const target = scratchDir('write-half-swapped');
    killed(target, { pid: deadPid(), swapping: true });
    // Killed between its two renames: the old csv/ moved out, the new one not yet in.
    mkdirSync(join(target, STAGING, 'old', 'csv'));
    writeFileSync(join(target, STAGING, 'old', 'csv', 'a.csv'), 'old');
    const { notes } = await writeFolder(target, new Map([['json/c.json', '{}']]));
    expect(notes).toEqual([
      `finished an interrupted export (started 2026-12-06T10:00:00.000Z) into ${target}: csv/ now holds its files`,
    ]);
    expect(contents(target)).toEqual({ 'csv/a.csv': 'staged a', 'json/c.json': '{}' });
  });

  it('refuses while the export that staged the files is still running', async () => {
    const target = scratchDir('write-busy');
    killed(target, { pid: process.ppid, swapping: false });
    await expect(writeFolder(target, files)).rejects.toThrow(
      new RegExp(
        `another export, process ${process.ppid} \\(started 2026-12-06T10:00:00\\.000Z\\), is writing into`,
      ),
    );
    expect(readFileSync(join(target, STAGING, 'new', 'csv', 'a.csv'), 'utf8')).toBe('staged a');
  });
});
