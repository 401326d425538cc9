import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { COLLECTION_NAMES } from '../dataset/collections.js';
import type { FieldPath, Problem } from '../dataset/problem.js';
import type { CollectionName } from '../schemas/conflict.js';

/** One authored record file, parsed as YAML but not yet validated. */
export interface AuthoredFile {
  readonly collection: CollectionName;
  /** The path to show in messages: relative to the working directory when inside it, else absolute. */
  readonly file: string;
  /** The id the file name gives (`<id>.yaml`). */
  readonly fileId: string;
  /** The YAML value (unknown shape until validated). */
  value: unknown;
  readonly document: Document;
  readonly lineCounter: LineCounter;
}

/** What a data folder holds before validation. */
export interface DataFolder {
  readonly files: readonly AuthoredFile[];
  /** Source texts by source id (the `<id>.txt` files beside the source records). */
  readonly texts: ReadonlyMap<string, string>;
  /** The path shown for each source text, by source id. */
  readonly textFiles: ReadonlyMap<string, string>;
  /** Problems found while reading: unreadable files, stray files, texts that are not NFC. */
  readonly problems: readonly Problem[];
}

/** A path for messages: relative to the working directory when it lies inside it, else absolute. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') || shown === '' ? resolve(path) : shown;
}

/** The 1-based line of the deepest node along `path` that exists in the YAML document (1 when none does). */
export function lineOf(
  file: Pick<AuthoredFile, 'document' | 'lineCounter'>,
  path: FieldPath,
): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = file.document.getIn(path.slice(0, depth), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return file.lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or a problem when it is not valid UTF-8. */
function readText(
  path: string,
  problems: Problem[],
  where: Omit<Problem, 'path' | 'message' | 'rule'>,
): string | null {
  try {
    return UTF8.decode(readFileSync(path));
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
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of [...document.errors, ...document.warnings]) {
    problems.push({
      rule: 'yaml',
      collection,
      id: fileId,
      path: [],
      file,
      line: lineCounter.linePos(error.pos[0]).line,
      message: `YAML: ${error.message.split('\n')[0]}`,
    });
  }
  return {
    collection,
    file,
    fileId,
    value: document.errors.length === 0 ? document.toJS() : undefined,
    document,
    lineCounter,
  };
}

/** The first 1-based line of a text that Unicode NFC would change. */
const firstNonNfcLine = (text: string) =>
  text.split('\n').findIndex((line) => line !== line.normalize('NFC')) + 1;

/** Whether a path is an existing folder. */
export function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Reads every record file and source text under `root` (`<root>/<collection>/<id>.yaml`, `<root>/sources/<id>.txt`). */
export function readDataFolder(root: string): DataFolder {
  const problems: Problem[] = [];
  const files: AuthoredFile[] = [];
  const texts = new Map<string, string>();
  const textFiles = new Map<string, string>();
  if (!isFolder(root)) {
    return {
      files,
      texts,
      textFiles,
      problems: [
        { rule: 'folder', path: [], file: displayPath(root), message: 'no such data folder' },
      ],
    };
  }
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !(COLLECTION_NAMES as readonly string[]).includes(entry.name)) {
      problems.push({
        rule: 'folder',
        path: [],
        file: displayPath(join(root, entry.name)),
        message: `unexpected ${entry.isDirectory() ? 'folder' : 'file'}: records live in ${COLLECTION_NAMES.join(', ')}`,
      });
    }
  }
  for (const collection of COLLECTION_NAMES) {
    const folder = join(root, collection);
    if (!isFolder(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      const yamlMatch = /^(.+)\.yaml$/.exec(entry.name);
      const textMatch = collection === 'sources' ? /^(.+)\.txt$/.exec(entry.name) : null;
      if (entry.isFile() && yamlMatch?.[1]) {
        const file = readYamlFile(collection, path, yamlMatch[1], problems);
        if (file) files.push(file);
      } else if (entry.isFile() && textMatch?.[1]) {
        const id = textMatch[1];
        const shown = displayPath(path);
        const text = readText(path, problems, { collection, id, file: shown });
        if (text === null) continue;
        if (text !== text.normalize('NFC')) {
          problems.push({
            rule: 'source-text',
            collection,
            id,
            path: [],
            file: shown,
            line: firstNonNfcLine(text),
            message:
              'the text is not in Unicode NFC; store it normalised (offsets count NFC code points)',
          });
        }
        texts.set(id, text);
        textFiles.set(id, shown);
      } else {
        problems.push({
          rule: 'folder',
          collection,
          path: [],
          file: displayPath(path),
          message: `unexpected ${entry.isDirectory() ? 'folder' : 'file'}: expected <id>.yaml${collection === 'sources' ? ' or <id>.txt' : ''}`,
        });
      }
    }
  }
  return { files, texts, textFiles, problems };
}
