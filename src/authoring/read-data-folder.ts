import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { COLLECTION_NAMES } from '../dataset/collections.js';
import type { FieldPath, Problem } from '../dataset/problem.js';
import type { CollectionName } from '../schemas/conflict.js';

/** One authored record file, parsed as YAML but not yet validated. */
export interface AuthoredFile {
  readonly collection: CollectionName;
  /** Path relative to the current directory, for messages. */
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
  /** Problems found while reading: unreadable YAML, stray files, texts that are not NFC. */
  readonly problems: readonly Problem[];
}

/** The 1-based line of the deepest node along `path` that exists in the YAML document. */
export function lineOf(file: Pick<AuthoredFile, 'document' | 'lineCounter'>, path: FieldPath): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = file.document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return file.lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function readYamlFile(collection: CollectionName, path: string, fileId: string, problems: Problem[]): AuthoredFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const file = relative(process.cwd(), path);
  for (const error of [...document.errors, ...document.warnings]) {
    problems.push({ rule: 'yaml', collection, id: fileId, path: [], file, line: lineCounter.linePos(error.pos[0]).line, message: `YAML: ${error.message.split('\n')[0]}` });
  }
  return { collection, file, fileId, value: document.errors.length === 0 ? document.toJS() : undefined, document, lineCounter };
}

/** Reads every record file and source text under `root` (`<root>/<collection>/<id>.yaml`, `<root>/sources/<id>.txt`). */
export function readDataFolder(root: string): DataFolder {
  const problems: Problem[] = [];
  const files: AuthoredFile[] = [];
  const texts = new Map<string, string>();
  if (!existsSync(root)) {
    return { files, texts, problems: [{ rule: 'folder', path: [], file: root, message: 'no such data folder' }] };
  }
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !(COLLECTION_NAMES as readonly string[]).includes(entry.name)) {
      problems.push({ rule: 'folder', path: [], file: relative(process.cwd(), join(root, entry.name)), message: `unexpected ${entry.isDirectory() ? 'folder' : 'file'}: records live in ${COLLECTION_NAMES.join(', ')}` });
    }
  }
  for (const collection of COLLECTION_NAMES) {
    const folder = join(root, collection);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const yamlMatch = /^(.+)\.yaml$/.exec(name);
      const textMatch = collection === 'sources' ? /^(.+)\.txt$/.exec(name) : null;
      if (yamlMatch?.[1]) {
        files.push(readYamlFile(collection, path, yamlMatch[1], problems));
      } else if (textMatch?.[1]) {
        const text = readFileSync(path, 'utf8');
        if (text !== text.normalize('NFC')) {
          problems.push({ rule: 'source-text', collection, id: textMatch[1], path: [], file: relative(process.cwd(), path), message: 'the text is not in Unicode NFC; store it normalised (offsets count NFC code points)' });
        }
        texts.set(textMatch[1], text);
      } else {
        problems.push({ rule: 'folder', collection, path: [], file: relative(process.cwd(), path), message: `unexpected file: expected <id>.yaml${collection === 'sources' ? ' or <id>.txt' : ''}` });
      }
    }
  }
  return { files, texts, problems };
}
