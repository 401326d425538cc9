import { createHash } from 'node:crypto';
import { checkDataset } from '../dataset/check-dataset.js';
import { compareStrings } from '../lib/compare-dates.js';
import {
  COLLECTION_NAMES,
  COLLECTION_SCHEMAS,
  type DatasetRecords,
} from '../dataset/collections.js';
import type { Problem } from '../dataset/problem.js';
import type { CollectionName } from '../schemas/conflict.js';
import { type AuthoredFile, lineOf, readDataFolder } from './read-data-folder.js';
import { unplacedQuotes } from './unplaced-quotes.js';
import {
  fillDerivedFields,
  isDerivedPath,
  type RawCollections,
} from '../dataset/fill-derived-fields.js';
import { schemaProblems } from '../dataset/schema-problems.js';

/** The result of validating a data folder: the records (when every file parsed) and every problem found. */
export interface ValidatedFolder {
  /** The parsed records, sorted by id in each collection; null when any file failed to read or parse. */
  readonly records: DatasetRecords | null;
  readonly texts: ReadonlyMap<string, string>;
  /** Every problem, each located by file and line where possible, in file order. */
  readonly problems: readonly Problem[];
}

/** Problems in file order (then line), problems without a file last; the order within a place is kept. */
function sortByLocation(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, position) => ({ problem, position }))
    .sort(
      (a, b) =>
        (a.problem.file ?? '\uffff').localeCompare(b.problem.file ?? '\uffff') ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.position - b.position,
    )
    .map(({ problem }) => problem);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Loads `<root>`, fills in derived fields, parses every record with its schema, and runs every
 * whole-dataset rule, collecting every problem rather than stopping at the first.
 */
export function validateDataFolder(root: string): ValidatedFolder {
  const folder = readDataFolder(root);
  const problems: Problem[] = [...folder.problems];
  const raw: RawCollections = {};
  for (const file of folder.files)
    if (file.value !== undefined) (raw[file.collection] ??= []).push(file.value);
  const { problems: derivationProblems, derived } = fillDerivedFields(raw, { overwrite: false });
  const fileById = new Map(folder.files.map((file) => [`${file.collection}/${file.fileId}`, file]));
  for (const problem of derivationProblems) {
    const file = fileById.get(`${problem.collection}/${problem.id}`);
    problems.push(
      file ? { ...problem, file: file.file, line: lineOf(file, problem.path) } : problem,
    );
  }

  const records = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, [] as unknown[]]),
  ) as Record<CollectionName, unknown[]>;
  const fileOf = new Map<string, AuthoredFile>();
  const filesOf = new Map<string, AuthoredFile[]>();
  const unparsedIds: { [C in CollectionName]?: Set<string> } = {};
  const markUnparsed = (file: AuthoredFile) =>
    (unparsedIds[file.collection] ??= new Set()).add(file.fileId);
  for (const file of folder.files) {
    if (file.value === undefined) {
      markUnparsed(file);
      continue;
    }
    const result = COLLECTION_SCHEMAS[file.collection].safeParse(file.value);
    const id = result.success ? result.data.id : file.fileId;
    fileOf.set(`${file.collection}/${id}`, file);
    filesOf.set(`${file.collection}/${id}`, [
      ...(filesOf.get(`${file.collection}/${id}`) ?? []),
      file,
    ]);
    const quotes = unplacedQuotes(file, folder.texts);
    problems.push(
      ...quotes.problems.map((problem) => ({
        ...problem,
        collection: file.collection,
        id,
        file: file.file,
        line: lineOf(file, problem.path),
      })),
    );
    if (!result.success) {
      markUnparsed(file);
      const replaced = (path: readonly (string | number)[]) =>
        quotes.paths.some((quotePath) => quotePath.every((key, index) => path[index] === key));
      const located = schemaProblems(file.collection, id, file.value, result.error.issues).filter(
        (problem) =>
          !isDerivedPath(derived, file.collection, id, problem.path) && !replaced(problem.path),
      );
      problems.push(
        ...located.map((problem) => ({
          ...problem,
          file: file.file,
          line: lineOf(file, problem.path),
        })),
      );
      continue;
    }
    if (result.data.id !== file.fileId) {
      problems.push({
        rule: 'file-name',
        collection: file.collection,
        id,
        path: ['id'],
        file: file.file,
        line: lineOf(file, ['id']),
        message: `id "${result.data.id}" differs from the file name; name the file ${result.data.id}.yaml`,
      });
    }
    records[file.collection].push(result.data);
  }
  for (const source of records.sources as DatasetRecords['sources']) {
    const file = fileOf.get(`sources/${source.id}`);
    const text = folder.texts.get(source.id);
    const at = {
      rule: 'source-text',
      collection: 'sources' as const,
      id: source.id,
      file: file?.file,
    };
    if (text === undefined)
      problems.push({
        ...at,
        path: [],
        line: 1,
        message: `no text file ${source.id}.txt beside the record`,
      });
    else if (sha256(text) !== source.sha256)
      problems.push({
        ...at,
        path: ['sha256'],
        line: file && lineOf(file, ['sha256']),
        message: `does not match the text: its SHA-256 is ${sha256(text)}`,
      });
  }
  for (const id of folder.texts.keys()) {
    if (!fileOf.has(`sources/${id}`))
      problems.push({
        rule: 'source-text',
        collection: 'sources',
        id,
        path: [],
        file: folder.textFiles.get(id),
        line: 1,
        message: `the text has no source record ${id}.yaml beside it`,
      });
  }
  for (const name of COLLECTION_NAMES)
    (records[name] as { id: string }[]).sort((a, b) => compareStrings(a.id, b.id));
  const dataset = records as unknown as DatasetRecords;
  for (const problem of checkDataset(dataset, { texts: folder.texts, unparsedIds })) {
    const key = `${problem.collection}/${problem.id}`;
    const file = fileOf.get(key);
    const others = (filesOf.get(key) ?? [])
      .filter((candidate) => candidate !== file)
      .map((candidate) => candidate.file);
    const message =
      problem.rule === 'unique-ids' && others.length > 0
        ? `${problem.message} (also ${others.join(', ')})`
        : problem.message;
    problems.push(
      file ? { ...problem, message, file: file.file, line: lineOf(file, problem.path) } : problem,
    );
  }
  const complete = Object.keys(unparsedIds).length === 0;
  return {
    records: complete ? dataset : null,
    texts: folder.texts,
    problems: sortByLocation(problems),
  };
}
