import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../core/collections.js';
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

/** The line of every node of a YAML document, by path: one walk, linear in the document. */
function nodeLines(root: unknown, counter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  const walk = (node: unknown, path: (string | number)[]) => {
    const range = (node as Node | null)?.range;
    if (range) lines.set(formatPath(path), counter.linePos(range[0]).line);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyRange = (pair.key as Node | null)?.range;
        if (keyRange) lines.set(formatPath([...path, key]), counter.linePos(keyRange[0]).line);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(root, []);
  return lines;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or a problem saying why it cannot be used: unreadable, not UTF-8, a BOM, CR line ends. */
function readText(
  path: string,
  problems: Problem[],
  where: Omit<Problem, 'path' | 'message' | 'rule' | 'line'>,
): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    problems.push({
      rule: 'file',
      ...where,
      path: [],
      line: 1,
      message: `cannot be read: ${code ?? message}`,
    });
    return null;
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    problems.push({
      rule: 'encoding',
      ...where,
      path: [],
      line: 1,
      message: 'the file is not valid UTF-8',
    });
    return null;
  }
  if (text.startsWith('\ufeff')) {
    problems.push({
      rule: 'encoding',
      ...where,
      path: [],
      line: 1,
      message:
        'the file starts with a byte-order mark (U+FEFF): remove it, so that the bytes are the text that hashes and offsets describe',
    });
    return null;
  }
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    problems.push({
      rule: 'encoding',
      ...where,
      path: [],
      line: text.slice(0, cr).split('\n').length,
      message:
        'the file has CR (\\r) line ends: store it with LF line ends only, as offsets and hashes count',
    });
    return null;
  }
  return text;
}

function readYamlFile(
  collection: CollectionName,
  path: string,
  fileId: string,
  problems: Problem[],
): AuthoredFile | null {
  const file = displayPath(path);
  const text = readText(path, problems, { collection, id: fileId, file });
  if (text === null) return null;
  const counter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const errors = [...document.errors, ...document.warnings];
  for (const error of errors) {
    problems.push({
      rule: 'yaml',
      collection,
      id: fileId,
      path: [],
      file,
      line: counter.linePos(error.pos[0]).line,
      message: `YAML: ${error.message.split('\n')[0]}`,
    });
  }
  let value: unknown;
  if (document.errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      problems.push({
        rule: 'yaml',
        collection,
        id: fileId,
        path: [],
        file,
        line: 1,
        message: /alias/i.test(String(error))
          ? `too many aliases: a record file may expand at most ${MAX_ALIASES}`
          : `YAML: ${String(error)}`,
      });
    }
  }
  return { collection, file, fileId, value, lines: nodeLines(document.contents, counter) };
}

/** The first 1-based line of a text that Unicode NFC would change. */
const firstNonNfcLine = (text: string) =>
  text.split('\n').findIndex((line) => line !== line.normalize('NFC')) + 1;

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
  if (!isFolder(root))
    return {
      files,
      texts,
      textFiles,
      problems: [
        { rule: 'folder', path: [], file: displayPath(root), message: 'no such data folder' },
      ],
    };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !(COLLECTION_NAMES as readonly string[]).includes(entry.name)) {
      problems.push({
        rule: 'folder',
        path: [],
        file: displayPath(join(root, entry.name)),
        message: `unexpected ${entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : 'file'}: records live in ${COLLECTION_NAMES.join(', ')}`,
      });
    }
  }
  for (const collection of COLLECTION_NAMES) {
    const folder = join(root, collection);
    if (!lstatSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(folder, entry.name);
      const yaml = /^(.+)\.yaml$/.exec(entry.name)?.[1];
      const text = collection === 'sources' ? /^(.+)\.txt$/.exec(entry.name)?.[1] : undefined;
      if (entry.isFile() && yaml !== undefined) {
        const file = readYamlFile(collection, path, yaml, problems);
        if (file) files.push(file);
      } else if (entry.isFile() && text !== undefined) {
        const shown = displayPath(path);
        textFiles.set(text, shown);
        const content = readText(path, problems, { collection, id: text, file: shown });
        if (content === null) continue;
        if (content !== content.normalize('NFC')) {
          problems.push({
            rule: 'source-text',
            collection,
            id: text,
            path: [],
            file: shown,
            line: firstNonNfcLine(content),
            message:
              'the text is not in Unicode NFC; store it normalised (offsets count NFC code points)',
          });
          continue;
        }
        texts.set(text, content);
      } else {
        const kind = entry.isSymbolicLink()
          ? 'link (links are not followed)'
          : entry.isDirectory()
            ? 'folder'
            : 'file';
        problems.push({
          rule: 'folder',
          collection,
          path: [],
          file: displayPath(path),
          message: `unexpected ${kind}: expected <id>.yaml${collection === 'sources' ? ' or <id>.txt' : ''}`,
        });
      }
    }
  }
  return { files, texts, textFiles, problems };
}
