import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';

/** Why an export was refused: the target is not a plain folder, or it holds files that --force would replace. */
export class ExportError extends Error {}

/** An export stopped by a signal (SIGINT, SIGTERM, SIGHUP) before its files were in place: nothing was written. */
export class ExportInterrupted extends Error {
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

/** A file's contents: text, or bytes. */
export type FileContents = string | Uint8Array;

/** The folder inside the target where an export is staged; a killed run's is finished or removed by the next. */
export const STAGING = '.mnd-mps-export';
/** Written once every file is staged: from then on, an export is finished even after a kill. */
const SWAPPING = 'swapping';

const stat = (path: string) => lstatSync(path, { throwIfNoEntry: false });
const what = (found: NonNullable<ReturnType<typeof stat>>) =>
  found.isSymbolicLink() ? 'a link' : 'not a folder';

/** The files by the folder they are swapped in with: the first part of each name ("csv" of "csv/a.csv"). */
function unitsOf(names: Iterable<string>): Map<string, string[]> {
  const units = new Map<string, string[]>();
  for (const name of names) {
    const parts = name.split('/');
    if (
      parts.length < 2 ||
      parts.some((part) => part === '' || part === '.' || part === '..' || part.includes(sep))
    )
      throw new Error(`not a plain relative path inside a folder: ${name}`);
    const unit = parts[0] as string;
    units.set(unit, [...(units.get(unit) ?? []), name]);
  }
  return units;
}

/** Makes a folder and its missing parents one by one; returns the outermost one made, to remove on failure. */
function makeFolders(target: string): string | undefined {
  const missing: string[] = [];
  for (let path = target; !stat(path); path = dirname(path)) missing.unshift(path);
  try {
    for (const path of missing) mkdirSync(path);
  } catch (error) {
    if (missing[0] !== undefined) rmSync(missing[0], { recursive: true, force: true });
    throw error;
  }
  return missing[0];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Finishes what a killed export left in the staging folder: once its files were all staged it is
 * finished (every folder still staged is swapped in), otherwise its files are removed. Refuses
 * when the export that staged them is still running. Returns what it did, for the user.
 */
function recover(target: string, folder: string): string[] {
  const staging = join(target, STAGING);
  if (!stat(staging)) return [];
  let owner: { pid?: unknown; started?: unknown } = {};
  try {
    owner = JSON.parse(readFileSync(join(staging, 'owner.json'), 'utf8'));
  } catch {
    // No owner to be read: the export that staged the files left nothing to say who it was.
  }
  const started = typeof owner.started === 'string' ? owner.started : '';
  const since = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(started) ? ` (started ${started})` : '';
  if (
    Number.isSafeInteger(owner.pid) &&
    (owner.pid as number) > 0 &&
    owner.pid !== process.pid &&
    alive(owner.pid as number)
  )
    throw new ExportError(
      `another export, process ${owner.pid}${since}, is writing into ${folder}; wait for it to finish, or remove ${join(folder, STAGING)} if that process is no export`,
    );
  const staged = join(staging, 'new');
  let note = `removed the unfinished files of an interrupted export${since} from ${folder}`;
  if (stat(join(staging, SWAPPING))) {
    const units = stat(staged) ? readdirSync(staged).sort() : [];
    for (const unit of units) {
      if (stat(join(target, unit))) renameSync(join(target, unit), join(staging, 'old', unit));
      renameSync(join(staged, unit), join(target, unit));
    }
    note = `finished an interrupted export${since} into ${folder}${units.length > 0 ? `: ${units.map((unit) => `${unit}/`).join(', ')} now ${units.length === 1 ? 'holds' : 'hold'} its files` : ''}`;
  }
  rmSync(staging, { recursive: true, force: true });
  return [note];
}

/** The files a folder of the target holds, and the ones that are not of the kinds the export writes there. */
function holdings(path: string, unit: string, kinds: ReadonlySet<string>) {
  const held: string[] = [];
  const foreign: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    const name = `${unit}/${join(entry.parentPath, entry.name)
      .slice(path.length + 1)
      .split(sep)
      .join('/')}`;
    if (entry.isDirectory()) continue;
    held.push(name);
    if (!kinds.has(extname(entry.name))) foreign.push(name);
  }
  return { held: held.sort(), foreign: foreign.sort() };
}

const listed = (names: readonly string[]) =>
  `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;

/**
 * Writes files into a folder all or nothing. Each name lies in a folder of the target ("csv" of
 * "csv/meetings.csv"), and each such folder is replaced whole: the files are staged in
 * `<folder>/.mnd-mps-export`, then each folder is swapped in by a rename, so the target never
 * holds a mix of old and new files, no link in it is written through, and the target's parent
 * need not be writable. A folder that holds files is replaced only with `force`, and never when it
 * holds a file of a kind the export does not write there (`notes.txt` in `csv/`); a link in it
 * is replaced, never followed. A
 * target or a folder in it that is a link or a file is refused. On an error or an aborted
 * `signal` (its reason, such as "SIGINT", names the cause) before the swap, nothing is left: the
 * staged files are removed, and so are the folders made for the target. An export killed outright
 * is finished (once every file was staged) or removed by the next export into the folder, which
 * reports it. Returns the names written, sorted, and those reports.
 */
export async function writeFolder(
  folder: string,
  files: ReadonlyMap<string, FileContents>,
  options: { readonly force?: boolean; readonly signal?: AbortSignal } = {},
): Promise<{ files: string[]; notes: string[] }> {
  const interrupted = () => {
    if (options.signal?.aborted) throw new ExportInterrupted(String(options.signal.reason));
  };
  interrupted();
  const target = resolve(folder);
  const units = unitsOf(files.keys());
  const found = stat(target);
  if (found && !found.isDirectory())
    throw new ExportError(`${folder} is ${what(found)}: give a folder to write into`);
  const made = makeFolders(target);
  const staging = join(target, STAGING);
  let claimed = false;
  try {
    const notes = recover(target, folder);
    for (const [unit, names] of units) {
      const path = join(target, unit);
      const inside = stat(path);
      if (!inside) continue;
      if (!inside.isDirectory())
        throw new ExportError(
          `${join(folder, unit)} is ${what(inside)}: remove it, or give another folder to write into`,
        );
      const { held, foreign } = holdings(path, unit, new Set(names.map((name) => extname(name))));
      if (foreign.length > 0)
        throw new ExportError(
          `${folder} holds ${listed(foreign)}, which the export does not write; it replaces ${unit}/ whole, so move them out first`,
        );
      if (held.length > 0 && !options.force)
        throw new ExportError(
          `${folder} already holds ${listed(held)}; pass --force to replace them`,
        );
    }
    // Claim the staging folder with one rename, so two exports into one folder never share it.
    const claim = join(target, `${STAGING}-${process.pid}`);
    rmSync(claim, { recursive: true, force: true });
    mkdirSync(join(claim, 'old'), { recursive: true });
    await writeFile(
      join(claim, 'owner.json'),
      JSON.stringify({ pid: process.pid, started: new Date().toISOString() }),
    );
    try {
      renameSync(claim, staging);
      claimed = true;
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'ENOTEMPTY' || code === 'EEXIST')
        throw new ExportError(`another export is writing into ${folder}; wait for it to finish`);
      throw error;
    } finally {
      rmSync(claim, { recursive: true, force: true });
    }
    for (const [name, contents] of files) {
      interrupted();
      await mkdir(dirname(join(staging, 'new', name)), { recursive: true });
      await writeFile(join(staging, 'new', name), contents, { flag: 'wx' });
    }
    interrupted();
    await writeFile(join(staging, SWAPPING), '');
    // The swap: a rename or two per folder, without a pause in which a signal could be handled.
    const swapped: string[] = [];
    try {
      for (const unit of units.keys()) {
        if (stat(join(target, unit))) renameSync(join(target, unit), join(staging, 'old', unit));
        swapped.push(unit);
        renameSync(join(staging, 'new', unit), join(target, unit));
      }
    } catch (error) {
      // Put back what was swapped, newest first: the old folder where it was, the new one away.
      for (const unit of swapped.reverse()) {
        if (stat(join(staging, 'new', unit)) === undefined)
          renameSync(join(target, unit), join(staging, 'new', unit));
        if (stat(join(staging, 'old', unit)))
          renameSync(join(staging, 'old', unit), join(target, unit));
      }
      throw error;
    }
    rmSync(staging, { recursive: true, force: true });
    return { files: [...files.keys()].sort(), notes };
  } catch (error) {
    if (claimed) rmSync(staging, { recursive: true, force: true });
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
    throw error;
  }
}
