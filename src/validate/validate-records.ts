import {
  COLLECTION_NAMES,
  type CollectionName,
  type Ids,
  perCollection,
} from '../core/collections.js';
import { MAX_RECORDS, MAX_TEXT_LENGTH } from '../core/limits.js';
import { ensure, readOptions } from '../core/options.js';
import { type CodePointText, codePointText } from '../core/code-points.js';
import { compareStrings } from '../core/text.js';
import { DatasetValidationError, InvalidArgumentError } from '../core/errors.js';
import { type FieldPath, pathsMatching, type Problem } from '../core/problem.js';
import { shown } from '../core/text.js';
import { Dataset, type DatasetRecords } from '../dataset.js';
import { type AuthoredRecords, COLLECTIONS, DERIVED_FIELDS } from '../schemas/collections.js';
import type { DatasetInput } from './dataset-input.js';
import { derivedByHand, deriveFields } from './derive.js';
import type { RawRecord, Report, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { plainCopy, schemaProblems } from './schema-problems.js';

/**
 * Options of {@link validateRecords} and {@link createDataset}.
 *
 * @example
 * ```ts
 * import type { ValidationOptions } from 'mnd-mps-coordination/schemas';
 * const options: ValidationOptions = { texts: { 'my-article': 'The full text of the article...' } };
 * ```
 * @category Schemas
 */
export interface ValidationOptions {
  /**
   * The NFC texts of bundled sources, by source id: every quote from these sources is checked
   * against them. Quotes from sources without a text are not checked (the bundled records were
   * checked when they were built).
   */
  readonly texts?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/**
 * What {@link validateRecords} finds: the records, parsed, derived and sorted by id (null when
 * there is any problem), and every problem.
 *
 * @example
 * ```ts
 * import { validateRecords, type Validation } from 'mnd-mps-coordination/schemas';
 * const result: Validation = validateRecords({ meetings: [] });
 * ```
 * @category Schemas
 */
export interface Validation {
  readonly records: DatasetRecords<Ids> | null;
  readonly problems: readonly Problem[];
}

function readTexts(options: unknown): Map<string, CodePointText> {
  const { texts = {} } = readOptions(options, ['texts']);
  const expected = 'a Map or an object of texts by source id';
  ensure(texts !== null && typeof texts === 'object', 'options.texts', expected, texts);
  const entries = texts instanceof Map ? [...texts] : Object.entries(texts);
  return new Map(
    entries.map(([id, text]) => {
      ensure(typeof text === 'string', `options.texts[${shown(id)}]`, 'the text as a string', text);
      if (text.length > MAX_TEXT_LENGTH)
        throw new InvalidArgumentError(
          `options.texts[${shown(id)}]`,
          `the text has ${text.length.toLocaleString('en')} characters; at most ${MAX_TEXT_LENGTH.toLocaleString('en')} are taken`,
        );
      return [id, codePointText(text)] as const;
    }),
  );
}

/** What the input must be made of. */
const PLAIN_DATA = 'must hold plain data (objects, lists, strings, numbers, booleans, null)';

/** The record without the fields the build adds to it (a published record given back), copied where it had any. */
function withoutDerived(
  collection: CollectionName,
  value: unknown,
  found: (path: FieldPath, rule: string) => void,
): unknown {
  let copy = value;
  for (const field of DERIVED_FIELDS[collection])
    if (field.kind === 'added')
      for (const path of pathsMatching(value, field.path)) {
        found(path, field.rule);
        copy = removeAt(copy, path);
      }
  return copy;
}

/** A copy of a value without the key at `path`, sharing what the path does not pass through. */
function removeAt(value: unknown, path: FieldPath): unknown {
  const [key, ...rest] = path;
  if (key === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value))
    return value.map((item, index) => (index === key ? removeAt(item, rest) : item));
  const { [key]: child, ...others } = value as Record<string | number, unknown>;
  return rest.length === 0 ? others : { ...others, [key]: removeAt(child, rest) };
}

/**
 * The one validation core, for `validateRecords` and `createDataset` (fields the build derives,
 * given back in published records, are replaced) and for authored files (`refuseDerived`: such
 * fields are problems).
 */
export function validateInput(
  input: unknown,
  texts: ReadonlyMap<string, CodePointText>,
  refuseDerived: boolean,
): Validation {
  const problems: Problem[] = [];
  /** A problem with the input's shape rather than with a record's fields. */
  const report = (at: Omit<Problem, 'rule' | 'message'>, message: string) =>
    problems.push({ rule: 'input', ...at, message });
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    report({ path: [] }, `expected an object of record lists by collection, got ${shown(input)}`);
    return { records: null, problems };
  }
  const collections = COLLECTION_NAMES.join(', ');
  for (const key of Object.keys(input))
    if (!(COLLECTION_NAMES as readonly string[]).includes(key))
      report({ path: [key] }, `unknown collection ${shown(key)} (collections: ${collections})`);
  // The input is read once (the lists here, each record as it is copied below): a getter that
  // answers differently on a second read cannot slip a record past the checks.
  const given = perCollection((name) => (input as Record<string, unknown>)[name]);
  const count = COLLECTION_NAMES.reduce(
    (total, name) => total + (Array.isArray(given[name]) ? (given[name] as unknown[]).length : 0),
    0,
  );
  if (count > MAX_RECORDS) {
    const message = `${count.toLocaleString('en')} records; at most ${MAX_RECORDS.toLocaleString('en')} are taken in one call`;
    report({ path: [] }, message);
    return { records: null, problems };
  }
  const raw: RawRecord[] = [];
  const parsed = perCollection((): { id: string }[] => []);
  for (const collection of COLLECTION_NAMES) {
    const records: unknown = given[collection];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      const message = `${collection} must be a list of records, got ${shown(records)}`;
      report({ collection, path: [] }, message);
      continue;
    }
    for (let position = 0; position < records.length; position += 1) {
      // Each record is read once, into a copy that everything after checks and builds from.
      const { copy: record, notPlain } = plainCopy(records[position]);
      const idOf = (value: unknown) => {
        const given = (value as { id?: unknown } | null)?.id;
        return typeof given === 'string' ? given : `#${position}`;
      };
      if (notPlain !== null) {
        // Named by its id as given (read again only to say which record it is).
        const at = { collection, id: idOf(records[position]), path: notPlain.path };
        report(at, `${PLAIN_DATA}, not ${notPlain.is}`);
        continue;
      }
      const id = idOf(record);
      raw.push({ collection, id, value: record });
      const value = withoutDerived(collection, record, (path, rule) => {
        if (refuseDerived)
          problems.push({
            rule: 'derived-field',
            collection,
            id,
            path,
            message: derivedByHand(rule),
          });
      });
      const result = COLLECTIONS[collection].schema.safeParse(value);
      if (result.success) {
        parsed[collection].push(result.data as { id: string });
        continue;
      }
      // A loop, not push(...): a record with a million unknown keys has a million problems, more
      // arguments than a call may take.
      for (const problem of schemaProblems(collection, id, value, result.error.issues))
        problems.push(problem);
    }
  }
  for (const name of COLLECTION_NAMES) parsed[name].sort((a, b) => compareStrings(a.id, b.id));
  const ruleReport: Report = (collection, id, path, message) =>
    problems.push({ rule: 'derived-field', collection, id, path, message });
  const { records, copied } = deriveFields(
    parsed as unknown as AuthoredRecords,
    refuseDerived ? ruleReport : null,
  );
  const byId = perCollection((name) => {
    const map = new Map<string, unknown>();
    for (const record of records[name]) if (!map.has(record.id)) map.set(record.id, record);
    return map;
  }) as RuleContext['byId'];
  const ids = perCollection(() => new Set<string>());
  for (const record of raw) ids[record.collection].add(record.id);
  const context: RuleContext = { texts, byId, raw, ids, copied };
  for (const rule of RULES)
    rule.check(records, context, (collection, id, path, message) =>
      problems.push({ rule: rule.name, collection, id, path, message }),
    );
  return { records: problems.length > 0 ? null : records, problems };
}

/**
 * The one validation core. Parses each record with its schema (deriving what the schemas derive:
 * date bounds, number parts, evidence kinds), fills in the fields derived from other records
 * (replacing those a published record gives back), checks the dataset as a whole with every
 * rule (unique ids, references, evidence, consistency), and sorts each collection by id. Lists
 * every problem it can find in one run; the records that fail their schema are still checked by
 * the rules that need no parsed shape (duplicate ids, references). `createDataset` and the
 * authoring tools (`mnd-mps validate`, the build) both call it.
 *
 * @example
 * ```ts
 * import { validateRecords } from 'mnd-mps-coordination/schemas';
 * const { problems } = validateRecords({ indicators: [{ id: 'arrests' }] });
 * console.log(problems.map((problem) => problem.message)); // label, unit, description and category are missing
 * ```
 * @category Schemas
 */
export function validateRecords(input: unknown, options?: ValidationOptions): Validation {
  return validateInput(input, readTexts(options), false);
}

/**
 * Validates records and returns a {@link Dataset} that every helper accepts as its `dataset`
 * option: your own records, or the bundled ones with yours added. Invalid input is rejected with
 * a {@link DatasetValidationError} that lists every problem; nothing is half-accepted.
 * Collections you omit are empty. The fields derived from other records (claims' `asOf`,
 * meetings' `metrics`, sources' `reports`) are recomputed, so bundled records can be reused as
 * they are, with fewer metrics or more claims. The result is sorted by id and deeply frozen; the
 * input is not modified.
 *
 * @example
 * ```ts
 * import { bundledDataset, metricSeries } from 'mnd-mps-coordination';
 * import { createDataset } from 'mnd-mps-coordination/schemas';
 * const dataset = createDataset({
 *   ...bundledDataset,
 *   metrics: bundledDataset.metrics.filter((metric) => metric.scope.level === 'national'),
 * });
 * console.log(metricSeries('links-removed', { dataset }).length);
 * ```
 * @category Schemas
 */
export function createDataset(input: DatasetInput, options?: ValidationOptions): Dataset<Ids> {
  const { records, problems } = validateRecords(input, options);
  if (records === null) throw new DatasetValidationError(problems);
  return new Dataset(records);
}
