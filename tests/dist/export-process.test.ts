import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGING } from '../../src/export/write-folder.js';
import { projectRoot, scratchDir } from '../support/paths.js';

// The built `mnd-mps export` as a process of its own: stopped by signals, killed outright, and
// under Node's permission model.
const cli = join(projectRoot, 'dist', 'cli', 'mnd-mps.js');
const FORMATS = ['--format', 'csv', '--format', 'json'];
/** The arguments of an export of those formats into `target` that replaces what is there. */
const forcedExport = (target: string) => [cli, 'export', '--out', target, ...FORMATS, '--force'];

/** Every file under a folder by path, its text reduced to "old" (as the test wrote it) or "new". */
function state(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      found[path.slice(folder.length + 1)] = readFileSync(path, 'utf8') === 'old' ? 'old' : 'new';
    }
  return found;
}

/** A complete export whose every file says "old", made once; each test works on a copy. */
let made: { folder: string; files: string[] } | undefined;
function oldExport(prefix: string) {
  if (!made) {
    const folder = scratchDir('export-old');
    const result = spawnSync(process.execPath, [
      cli,
      'export',
      '--out',
      folder,
      ...FORMATS,
      '--json',
    ]);
    expect(result.status, result.stderr.toString()).toBe(0);
    made = { folder, files: (JSON.parse(result.stdout.toString()) as { files: string[] }).files };
    for (const file of made.files) writeFileSync(join(folder, file), 'old');
  }
  const target = scratchDir(prefix);
  cpSync(made.folder, target, { recursive: true });
  return { target, files: made.files };
}

const all = (files: readonly string[], value: string) =>
  Object.fromEntries(files.map((file) => [file, value]));

/**
 * Runs `export --force` over an old export and sends a signal as soon as the staging folder
 * appears (plus a delay); resolves with the exit code once the process has ended.
 */
function exportSignalled(target: string, signal: NodeJS.Signals, delay: number) {
  return new Promise<{ status: number | null; signal: string | null; stderr: string }>(
    (done, fail) => {
      const child = spawn(process.execPath, forcedExport(target));
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const watcher = watch(target, (_event, name) => {
        if (name !== STAGING) return;
        watcher.close();
        setTimeout(() => child.kill(signal), delay);
      });
      child.on('error', fail);
      child.on('close', (status, ended) => {
        watcher.close();
        done({ status, signal: ended, stderr });
      });
    },
  );
}

describe('an export stopped or killed while it writes', () => {
  it('stopped by SIGINT or SIGTERM, it leaves every old file or writes every new one, nothing staged', async () => {
    const cases = [
      ['SIGINT', 0],
      ['SIGTERM', 0],
      ['SIGINT', 30],
      ['SIGTERM', 200],
    ] as const;
    const runs = cases.map(([signal, delay]) => {
      const { target, files } = oldExport(`export-${signal}-${delay}`);
      return { signal, delay, target, files, result: exportSignalled(target, signal, delay) };
    });
    const outcomes: string[] = [];
    for (const { signal, delay, target, files, result: running } of runs) {
      const result = await running;
      expect(readdirSync(target).sort(), result.stderr).toEqual(['csv', 'json']);
      // Done before the signal was handled: it exits normally, or (the export complete, its
      // handlers gone) is ended by the signal on its way out.
      if (result.status === 0 || result.signal === signal)
        expect(state(target)).toEqual(all(files, 'new'));
      else {
        expect(result.status).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(result.stderr).toContain(
          `mnd-mps: export interrupted by ${signal}; nothing was written to ${target}`,
        );
        expect(state(target)).toEqual(all(files, 'old'));
      }
      outcomes.push(`${signal}+${delay}ms: ${result.status ?? result.signal}`);
    }
    // At least the signals sent as the staging began stopped the export before its swap.
    expect(
      outcomes.filter((outcome) => /: 1[34][03]$/.test(outcome)).length,
      outcomes.join(', '),
    ).toBeGreaterThan(0);
  });

  it('killed by SIGKILL, what it left is finished or removed by the next export, which says so', async () => {
    const runs = [0, 40].map((delay) => {
      const { target, files } = oldExport(`export-sigkill-${delay}`);
      return { delay, target, files, result: exportSignalled(target, 'SIGKILL', delay) };
    });
    for (const { delay, target, files, result } of runs) {
      const killed = await result;
      const staged = existsSync(join(target, STAGING));
      const swapping = existsSync(join(target, STAGING, 'swapping'));
      // Each format's folder holds one export whole, old or new (or is staged, when killed mid-swap).
      for (const folder of readdirSync(target).filter((name) => name !== STAGING)) {
        const values = new Set(Object.values(state(join(target, folder))));
        expect(values.size, `${folder} after SIGKILL at +${delay} ms`).toBe(1);
      }
      const next = spawnSync(process.execPath, forcedExport(target));
      expect(next.status, next.stderr.toString()).toBe(0);
      expect(readdirSync(target).sort()).toEqual(['csv', 'json']);
      expect(state(target)).toEqual(all(files, 'new'));
      if (staged)
        expect(next.stderr.toString()).toMatch(
          swapping
            ? /^mnd-mps: finished an interrupted export \(started [-0-9T:.Z]+\) into /
            : /^mnd-mps: removed the unfinished files of an interrupted export \(started [-0-9T:.Z]+\) from /,
        );
      else expect(killed.signal === 'SIGKILL' || killed.status === 0).toBe(true);
    }
  });
});

describe('an export under Node’s permission model', () => {
  const permitted = (write: string[], target: string) =>
    spawnSync(process.execPath, [
      '--experimental-permission',
      '--allow-fs-read=*',
      ...write.map((path) => `--allow-fs-write=${path}`),
      cli,
      'export',
      '--out',
      target,
      '--format',
      'csv',
    ]);

  it('says in one line what it may not write, and writes nothing', () => {
    const target = join(scratchDir('export-denied'), 'out');
    const denied = permitted([], target);
    expect(denied.status).toBe(2);
    const lines = denied.stderr
      .toString()
      .split('\n')
      .filter((line) => line.startsWith('mnd-mps'));
    expect(lines).toEqual([`mnd-mps: not permitted: FileSystemWrite ${target}: ERR_ACCESS_DENIED`]);
    expect(denied.stderr.toString()).not.toMatch(/\n\s+at /);
    expect(existsSync(target)).toBe(false);
  });

  it('writes into a folder it may write, though the folder around it is not', () => {
    const root = scratchDir('export-permitted');
    const target = join(root, 'out');
    mkdirSync(target);
    const written = permitted([target], target);
    expect(written.status, written.stderr.toString()).toBe(0);
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(target)).toEqual(['csv']);
    expect(readdirSync(join(target, 'csv'))).toContain('meetings.csv');
  });
});
