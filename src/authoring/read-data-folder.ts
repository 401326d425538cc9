import { type Dirent, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../core/collections.js';
import { MAX_RECORD_FILE_BYTES, MAX_TEXT_LENGTH } from '../core/limits.js';
import { compareStrings } from '../core/text.js';
import { type FieldPath, formatPath, type Problem } from '../core/problem.js';

/** One authored record file, parsed as YAML but not yet validated. */
export interface AuthoredFile {
  readonly collection: CollectionName;
  /** The path to show in messages: relative to the working directory when inside it, else absolute. */
  readonly file: string;
  /** The id the file name gives (`<id>.yaml`). */
  readonly fileId: string;
  /** The YAML value (unknown shape until validated); undefined when the YAML did not parse. */
  readonly value: unknown;
  /** The 1-based line of every node, by its path (`a.b[2].c`). */
  readonly lines: ReadonlyMap<string, number>;
}

/** What a data folder holds before validation. */
export interface DataFolder {
  readonly files: readonly AuthoredFile[];
  /** Source texts by source id (the `<id>.txt` files beside the source records), those that can be used. */
  readonly texts: ReadonlyMap<string, string>;
  /** The path shown for each source text file, by source id, whether or not it could be used. */
  readonly textFiles: ReadonlyMap<string, string>;
  /** Problems found while reading: unreadable files, stray files, YAML errors, texts that are not NFC. */
  readonly problems: readonly Problem[];
}

/** How many aliases a record file may use: a few are handy, thousands are a "billion laughs" attack. */
const MAX_ALIASES = 100;

/** A path for messages: relative to the working directory when it lies inside it, else absolute. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') || shown === '' ? resolve(path) : shown;
}

/** The 1-based line of the deepest node along `path` that the file has (1 when none). */
export function lineOf(file: Pick<AuthoredFile, 'lines'>, path: FieldPath): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const line = file.lines.get(formatPath(path.slice(0, depth)));
    if (line !== undefined) return line;
  }
  return 1;
}

/**
 * The line of every node of a YAML document, by path, and the keys a map repeats: one walk,
 * linear in the document. (The yaml package's own `uniqueKeys` check compares every key with every
 * other, which takes minutes on a file of 100,000 keys, so repeats are found here with a set.)
 */
function nodeLines(
  root: unknown,
  counter: LineCounter,
): { lines: Map<string, number>; repeated: { key: string; line: number }[] } {
  const lines = new Map<string, number>();
  const repeated: { key: string; line: number }[] = [];
  // `path` is the node's path as formatPath writes it, extended as the walk goes down.
  const walk = (node: unknown, path: string) => {
    const start = (node as Node | null)?.range?.[0];
    if (start !== undefined) lines.set(path, counter.linePos(start).line);
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!isMap(node)) return;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const keyStart = (pair.key as Node | null)?.range?.[0];
      if (seen.has(key))
        repeated.push({ key, line: keyStart === undefined ? 1 : counter.linePos(keyStart).line });
      seen.add(key);
      const keyPath = path === '' ? key : `${path}.${key}`;
      if (keyStart !== undefined) lines.set(keyPath, counter.linePos(keyStart).line);
      walk(pair.value, keyPath);
    }
  };
  walk(root, '');
  return { lines, repeated };
}

// ignoreBOM keeps a byte-order mark in the text, so that it can be refused (by default it is dropped).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What makes a text that decodes unusable, and what to do about it. */
const UNUSABLE_TEXT = {
  bom: 'the file starts with a byte-order mark (U+FEFF): remove it, so that the bytes are the text that hashes and offsets describe',
  cr: 'the file has CR (\\r) line ends: store it with LF line ends only, as offsets and hashes count',
  nfc: 'the text is not in Unicode NFC; store it normalised (offsets count NFC code points)',
};

/** Why a file's text cannot be used (unreadable, not UTF-8, a BOM, CR line ends, not NFC), with the line, or its text. */
function readText(
  path: string,
  limit: number,
): string | { rule: string; line: number; message: string } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > limit)
      return {
        rule: 'file',
        line: 1,
        message: `the file has ${size.toLocaleString('en')} bytes; at most ${limit.toLocaleString('en')} are read`,
      };
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { rule: 'file', line: 1, message: `cannot be read: ${reason}` };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { rule: 'encoding', line: 1, message: 'the file is not valid UTF-8' };
  }
  if (text.startsWith('\ufeff')) return { rule: 'encoding', line: 1, message: UNUSABLE_TEXT.bom };
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    const line = text.slice(0, cr).split('\n').length;
    return { rule: 'encoding', line, message: UNUSABLE_TEXT.cr };
  }
  if (text === text.normalize('NFC')) return text;
  const line = text.split('\n').findIndex((part) => part !== part.normalize('NFC')) + 1;
  return { rule: 'source-text', line, message: UNUSABLE_TEXT.nfc };
}

/** Whether a path is an existing folder (not a link to one). */
export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Reads every record file and source text under `root`: `<root>/<collection>/<id>.yaml`, `<root>/sources/<id>.txt`. */
export function readDataFolder(root: string): DataFolder {
  const problems: Problem[] = [];
  const files: AuthoredFile[] = [];
  const texts = new Map<string, string>();
  const textFiles = new Map<string, string>();
  const report = (file: string, rule: string, message: string, at: Partial<Problem> = {}) =>
    problems.push({ rule, path: [], file, message, ...at });
  const kind = (entry: Dirent) => {
    if (entry.isSymbolicLink()) return 'link (links are not followed)';
    return entry.isDirectory() ? 'folder' : 'file';
  };
  if (!isFolder(root)) report(displayPath(root), 'folder', 'no such data folder');
  for (const entry of isFolder(root) ? readdirSync(root, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && (COLLECTION_NAMES as readonly string[]).includes(entry.name))
      continue;
    const message = `unexpected ${kind(entry)}: records live in ${COLLECTION_NAMES.join(', ')}`;
    report(displayPath(join(root, entry.name)), 'folder', message);
  }
  for (const collection of COLLECTION_NAMES) {
    const folder = join(root, collection);
    if (!lstatSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    const entries = readdirSync(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
      const path = join(folder, entry.name);
      const file = displayPath(path);
      const [, id = '', extension] = /^(.+)\.(yaml|txt)$/.exec(entry.name) ?? [];
      if (
        !entry.isFile() ||
        extension === undefined ||
        (extension === 'txt' && collection !== 'sources')
      ) {
        const expected = `<id>.yaml${collection === 'sources' ? ' or <id>.txt' : ''}`;
        report(file, 'folder', `unexpected ${kind(entry)}: expected ${expected}`, { collection });
        continue;
      }
      if (extension === 'txt') textFiles.set(id, file);
      const text = readText(path, extension === 'txt' ? MAX_TEXT_LENGTH : MAX_RECORD_FILE_BYTES);
      if (typeof text !== 'string') {
        report(file, text.rule, text.message, { line: text.line, collection, id });
        continue;
      }
      if (extension === 'txt') {
        texts.set(id, text);
        continue;
      }
      const lineCounter = new LineCounter();
      const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
      for (const error of [...document.errors, ...document.warnings]) {
        const line = lineCounter.linePos(error.pos[0]).line;
        report(file, 'yaml', `YAML: ${error.message.split('\n')[0]}`, { line, collection, id });
      }
      // An alias inside the node it names ("note: &loop [*loop]") would make a value that holds
      // itself: refused at its line, before the value is made.
      let cycle: number | undefined;
      visit(document, {
        Alias(_, alias, ancestors) {
          const target = alias.resolve(document);
          if (target && ancestors.includes(target as never)) {
            cycle = lineCounter.linePos(alias.range?.[0] ?? 0).line;
            return visit.BREAK;
          }
          return undefined;
        },
      });
      if (cycle !== undefined)
        report(file, 'yaml', 'YAML: an alias inside the node it names makes a cycle', {
          line: cycle,
          collection,
          id,
        });
      let value: unknown;
      try {
        if (document.errors.length === 0 && cycle === undefined)
          value = document.toJS({ maxAliasCount: MAX_ALIASES });
      } catch (error) {
        const message = /alias/i.test(String(error))
          ? `too many aliases: a record file may expand at most ${MAX_ALIASES}`
          : `YAML: ${String(error)}`;
        report(file, 'yaml', message, { line: 1, collection, id });
      }
      const { lines, repeated } = nodeLines(document.contents, lineCounter);
      for (const { key, line } of repeated) {
        const message = `YAML: the key ${JSON.stringify(key)} is repeated in its map; keys must be unique`;
        report(file, 'yaml', message, { line, collection, id });
      }
      files.push({
        collection,
        file,
        fileId: id,
        value: repeated.length > 0 ? undefined : value,
        lines,
      });
    }
  }
  return { files, texts, textFiles, problems };
}
