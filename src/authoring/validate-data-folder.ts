import { createHash } from 'node:crypto';
import { type Ids, perCollection } from '../core/collections.js';
import { pathsMatching, type Problem } from '../core/problem.js';
import type { DatasetRecords } from '../dataset.js';
import { DERIVED_FIELDS } from '../validate/derive.js';
import { validateRecords } from '../validate/validate-records.js';
import { forEachEvidence } from '../core/evidence.js';
import { shown } from '../core/text.js';
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

/**
 * Validates an authored data folder with the one validation core, adding only what files add:
 * the file and line of each problem, the YAML itself, fields that the build derives written by
 * hand, and the bundled source texts (present, hashed as recorded, none without its record).
 */
export function validateDataFolder(root: string): ValidatedFolder {
  const folder = readDataFolder(root);
  const problems: Problem[] = [...folder.problems];
  const input = perCollection((): unknown[] => []);
  const fileAt = new Map<string, AuthoredFile>();
  const fileOf = (file: AuthoredFile) => ({ file: file.file });
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
    if (typeof id === 'string' && id !== file.fileId)
      problems.push({
        rule: 'file-name',
        collection: file.collection,
        id,
        path: ['id'],
        ...fileOf(file),
        line: lineOf(file, ['id']),
        message: `id "${id}" differs from the file name; name the file ${id}.yaml`,
      });
    for (const field of DERIVED_FIELDS.filter(
      (candidate) => candidate.collection === file.collection,
    )) {
      for (const path of pathsMatching(file.value, field.path)) {
        problems.push({
          rule: 'derived-field',
          collection: file.collection,
          id: typeof id === 'string' ? id : file.fileId,
          path,
          ...fileOf(file),
          line: lineOf(file, path),
          message: `the build derives this field (${field.rule}); remove it from the file`,
        });
      }
    }
  }
  // A quote typed without its offsets: say where it is (npm run data:evidence -- --fix writes them).
  const unplaced: string[] = [];
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
      const at = locateQuote(text, quote, start);
      const message =
        at.kind === 'found'
          ? `the quote has no offsets; it is at ${at.start}-${at.end} in ${evidence.source} (npm run data:evidence -- --fix writes them)`
          : at.kind === 'ambiguous'
            ? `the quote occurs ${at.starts.length} times in ${evidence.source} (start = ${at.starts.join(', ')}): set start to the one meant`
            : `quote ${shown(quote)} is not in the text of ${evidence.source}`;
      unplaced.push(`${file.file}\u0000${path.join('.')}`);
      problems.push({
        rule: 'evidence-quotes-match',
        collection: file.collection,
        id: file.fileId,
        path: [...path, 'quote'],
        file: file.file,
        line: lineOf(file, [...path, 'quote']),
        message,
      });
    });
  }
  const validation = validateRecords(input, { texts: folder.texts });
  for (const problem of validation.problems) {
    const file = fileAt.get(`${problem.collection}/${problem.id}`);
    if (file && unparsed.has(file.file)) continue;
    // The schema's "start/end missing" for a quote placed above says less than the placement does.
    if (
      file &&
      problem.rule === 'schema' &&
      unplaced.some((key) => `${file.file}\u0000${problem.path.join('.')}`.startsWith(key))
    )
      continue;
    problems.push(
      file ? { ...problem, file: file.file, line: lineOf(file, problem.path) } : problem,
    );
  }
  for (const value of input.sources) {
    const source = value as { id?: unknown; kind?: unknown; sha256?: unknown };
    if (typeof source.id !== 'string' || source.kind !== 'bundled') continue;
    const file = fileAt.get(`sources/${source.id}`);
    const at = {
      rule: 'source-text',
      collection: 'sources' as const,
      id: source.id,
      ...(file ? fileOf(file) : {}),
    };
    const text = folder.texts.get(source.id);
    if (text === undefined && folder.textFiles.has(source.id)) continue;
    if (text === undefined)
      problems.push({
        ...at,
        path: [],
        line: 1,
        message: `a bundled source needs its text: no ${source.id}.txt beside the record`,
      });
    else if (sha256(text) !== source.sha256)
      problems.push({
        ...at,
        path: ['sha256'],
        line: file && lineOf(file, ['sha256']),
        message: `does not match the text: its SHA-256 is ${sha256(text)}`,
      });
  }
  const bundled = new Set(
    input.sources
      .filter((value) => (value as { kind?: unknown }).kind === 'bundled')
      .map((value) => (value as { id?: unknown }).id),
  );
  for (const [id, file] of folder.textFiles) {
    if (!bundled.has(id))
      problems.push({
        rule: 'source-text',
        collection: 'sources',
        id,
        path: [],
        file,
        line: 1,
        message: `the text has no bundled source record ${id}.yaml beside it (a cited page keeps no text)`,
      });
  }
  const ordered = problems
    .map((problem, position) => ({ problem, position }))
    .sort(
      (a, b) =>
        (a.problem.file ?? '\uffff').localeCompare(b.problem.file ?? '\uffff') ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.position - b.position,
    )
    .map(({ problem }) => problem);
  return {
    records: ordered.length === 0 ? validation.records : null,
    texts: folder.texts,
    problems: ordered,
  };
}
