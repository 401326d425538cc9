import { createHash } from 'node:crypto';
import { type Ids, perCollection } from '../core/collections.js';
import { codePointText } from '../core/code-points.js';
import type { FieldPath, Problem } from '../core/problem.js';
import type { DatasetRecords } from '../dataset.js';
import { validateInput } from '../validate/validate-records.js';
import { forEachEvidence } from '../core/evidence.js';
import { shown } from '../core/text.js';
import { compareStrings } from '../core/text.js';
import { locateQuote } from './locate-quote.js';
import { type AuthoredFile, lineOf, readDataFolder } from './read-data-folder.js';

/** The result of validating a data folder: the records (when there is no problem) and every problem found. */
export interface ValidatedFolder {
  readonly records: DatasetRecords<Ids> | null;
  readonly texts: ReadonlyMap<string, string>;
  /** Every problem, each at the file and line that holds the wrong value where known, in file order. */
  readonly problems: readonly Problem[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A problem with a source's text file, reported at its first line. */
const textProblem = (id: string, file: string) =>
  ({ rule: 'source-text', collection: 'sources', id, path: [], file, line: 1 }) as const;

/**
 * Validates an authored data folder with the one validation core (which refuses fields that the
 * build derives, written by hand), adding only what files add: the file and line of each
 * problem, the YAML itself, and the bundled source texts (present, hashed as recorded, none
 * without its record).
 */
export function validateDataFolder(root: string): ValidatedFolder {
  const folder = readDataFolder(root);
  const problems: Problem[] = [...folder.problems];
  const input = perCollection((): unknown[] => []);
  const fileAt = new Map<string, AuthoredFile>();
  /** A problem of an authored file, at the line that holds `path`. */
  const at = (file: AuthoredFile, id: string, rule: string, path: FieldPath, message: string) => {
    const line = lineOf(file, path);
    problems.push({ rule, collection: file.collection, id, path, file: file.file, line, message });
  };
  // A file whose YAML did not parse stands in by its id alone, so that references to it are not
  // reported as dangling; its YAML error is the one problem reported for it.
  const unparsed = new Set(
    folder.files.filter((file) => file.value === undefined).map((file) => file.file),
  );
  for (const file of folder.files) {
    if (file.value === undefined) {
      input[file.collection].push({ id: file.fileId });
      fileAt.set(`${file.collection}/${file.fileId}`, file);
      continue;
    }
    const position = input[file.collection].push(file.value) - 1;
    const id = (file.value as { id?: unknown } | null)?.id;
    const key = `${file.collection}/${typeof id === 'string' ? id : `#${position}`}`;
    if (!fileAt.has(key)) fileAt.set(key, file);
    if (typeof id === 'string' && id !== file.fileId) {
      const message = `id "${id}" differs from the file name; name the file ${id}.yaml`;
      at(file, id, 'file-name', ['id'], message);
    }
  }
  // A quote typed without its offsets: say where it is (npm run data:evidence -- --fix writes them).
  // Evidence whose quote has no offsets, by file and path: a set, so that each schema problem is
  // looked up in it by its own path and parent paths (linear in the problems, not their product).
  const unplaced = new Set<string>();
  const insideUnplaced = (file: string, path: FieldPath) => {
    let key = `${file}\u0000`;
    for (let depth = 0; depth < path.length && unplaced.size > 0; depth += 1) {
      key += `${depth === 0 ? '' : '.'}${String(path[depth])}`;
      if (unplaced.has(key)) return true;
    }
    return false;
  };
  for (const file of folder.files) {
    forEachEvidence(file.value, (evidence, path) => {
      const { quote, start, end } = evidence as { quote?: unknown; start?: unknown; end?: unknown };
      const text = folder.texts.get(evidence.source);
      if (
        typeof quote !== 'string' ||
        (typeof start === 'number' && typeof end === 'number') ||
        text === undefined
      )
        return;
      unplaced.add(`${file.file}\u0000${path.join('.')}`);
      const found = locateQuote(text, quote, start);
      let message = `quote ${shown(quote)} is not in the text of ${evidence.source}`;
      if (found.kind === 'found')
        message = `the quote has no offsets; it is at ${found.start}-${found.end} in ${evidence.source} (npm run data:evidence -- --fix writes them)`;
      if (found.kind === 'ambiguous')
        message = `the quote occurs ${found.starts.length} times in ${evidence.source} (start = ${found.starts.join(', ')}): set start to the one meant`;
      at(file, file.fileId, 'evidence-quotes-match', [...path, 'quote'], message);
    });
  }
  const texts = new Map([...folder.texts].map(([id, text]) => [id, codePointText(text)]));
  const validation = validateInput(input, texts, true);
  for (const problem of validation.problems) {
    const file = fileAt.get(`${problem.collection}/${problem.id}`);
    if (file && unparsed.has(file.file)) continue;
    // The schema's "start/end missing" for a quote placed above says less than the placement does.
    if (file && problem.rule === 'schema' && insideUnplaced(file.file, problem.path)) continue;
    problems.push(
      file ? { ...problem, file: file.file, line: lineOf(file, problem.path) } : problem,
    );
  }
  const bundled = new Set<unknown>();
  for (const file of folder.files) {
    const source = file.value as { id?: unknown; kind?: unknown; sha256?: unknown } | null;
    if (file.collection !== 'sources' || source?.kind !== 'bundled') continue;
    bundled.add(source.id);
    if (typeof source.id !== 'string') continue;
    const text = folder.texts.get(source.id);
    if (text === undefined && !folder.textFiles.has(source.id)) {
      const message = `a bundled source needs its text: no ${source.id}.txt beside the record`;
      problems.push({ ...textProblem(source.id, file.file), message });
    }
    const hash = text === undefined ? undefined : sha256(text);
    if (hash !== undefined && hash !== source.sha256) {
      const message = `does not match the text: its SHA-256 is ${hash}`;
      at(file, source.id, 'source-text', ['sha256'], message);
    }
  }
  for (const [id, file] of folder.textFiles) {
    const message = `the text has no bundled source record ${id}.yaml beside it (a cited page keeps no text)`;
    if (!bundled.has(id)) problems.push({ ...textProblem(id, file), message });
  }
  // Sorting is stable: problems on one line keep the order they were found in.
  problems.sort(
    (a, b) =>
      compareStrings(a.file ?? '\uffff', b.file ?? '\uffff') || (a.line ?? 0) - (b.line ?? 0),
  );
  const records = problems.length === 0 ? validation.records : null;
  return { records, texts: folder.texts, problems };
}
