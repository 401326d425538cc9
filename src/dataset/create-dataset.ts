import { DatasetValidationError } from '../errors/dataset-validation-error.js';
import { compareStrings } from '../lib/compare-dates.js';
import { deepFreeze } from '../lib/deep-freeze.js';
import type { CollectionName } from '../schemas/conflict.js';
import { checkDataset } from './check-dataset.js';
import { RULES } from './rules/index.js';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, type DatasetRecords } from './collections.js';
import { type Dataset, markValidated } from './dataset.js';
import type { DatasetInput } from './dataset-input.js';
import {
  fillDerivedFields,
  isDerivedPath,
  type RawCollections,
  withDerivedTargetsCopied,
} from './fill-derived-fields.js';
import { plainDataProblem } from '../lib/plain-data.js';
import { formatPath, type Problem } from './problem.js';
import { schemaProblems } from './schema-problems.js';
import { optionsArgument } from '../helpers/internal/options-argument.js';

/** The rules to check: all but the one for derived fields, which createDataset has just filled in itself. */
const RULES_AFTER_FILLING = /* @__PURE__ */ RULES.filter(
  (rule) => rule.name !== 'derived-fields-match',
);

/**
 * Options of {@link createDataset}.
 *
 * @example
 * ```ts
 * import type { CreateDatasetOptions } from 'mnd-mps-coordination';
 * const options: CreateDatasetOptions = { texts: { 'my-article': 'The full text of the article...' } };
 * ```
 * @category Records
 */
export interface CreateDatasetOptions {
  /**
   * Source texts by source id. Evidence quotes from these sources are checked against them;
   * quotes from sources without a text are not checked (the bundled records were checked at
   * build time).
   */
  readonly texts?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/**
 * Validates records and returns a {@link Dataset} that every helper accepts. Each record is parsed
 * with its schema and the dataset is checked as a whole (unique ids, references, evidence,
 * consistency); invalid input is rejected with a {@link DatasetValidationError} that lists every
 * problem, never half-accepted. Collections you omit are empty. The derived fields (claims'
 * `asOf`, meetings' `metrics`, sources' `reports`) are recomputed from the records they derive
 * from, so you can add metrics or claims to bundled meetings without editing them. The result is
 * sorted by id and deeply frozen; the input is not modified.
 *
 * @example
 * ```ts
 * import * as data from 'mnd-mps-coordination/data';
 * import { createDataset, metricSeries } from 'mnd-mps-coordination';
 * const dataset = createDataset({
 *   sources: data.sources, organizations: data.organizations, people: data.people, documents: data.documents,
 *   meetings: data.meetings, indicators: data.indicators, conflicts: data.conflicts,
 *   metrics: data.metrics.filter((metric) => metric.scope.level === 'national'),
 * });
 * console.log(metricSeries('links-removed', { dataset }).length);
 * ```
 * @category Records
 */
export function createDataset(input: DatasetInput, options?: CreateDatasetOptions): Dataset {
  const problems: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new DatasetValidationError([
      { rule: 'input', path: [], message: 'expected an object of record arrays by collection' },
    ]);
  const { texts: givenTexts } = optionsArgument(options);
  for (const key of Object.keys(input)) {
    if (!(COLLECTION_NAMES as readonly string[]).includes(key))
      problems.push({
        rule: 'input',
        path: [key],
        message: `unknown collection "${key}" (collections: ${COLLECTION_NAMES.join(', ')})`,
      });
  }
  const raw: RawCollections = {};
  for (const collection of COLLECTION_NAMES) {
    const records = (input as Record<string, unknown>)[collection];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      problems.push({
        rule: 'input',
        collection,
        path: [],
        message: `${collection} must be an array of records`,
      });
      continue;
    }
    raw[collection] = records;
  }
  // The input is not copied: filling the derived fields copies what it writes to, and parsing
  // returns new plain objects, so the dataset shares nothing with the input and the input is left
  // alone. Whether a record is plain data is asked only of records that fail to parse, to say why.
  const filled = withDerivedTargetsCopied(raw);
  const { problems: derivationProblems, derived } = fillDerivedFields(filled, { overwrite: true });
  problems.push(...derivationProblems);

  const parsed = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [collection, [] as unknown[]]),
  ) as Record<CollectionName, unknown[]>;
  const unparsedIds: { [C in CollectionName]?: Set<string> } = {};
  for (const collection of COLLECTION_NAMES) {
    const records = filled[collection] ?? [];
    for (let position = 0; position < records.length; position += 1) {
      const record = records[position];
      const result = COLLECTION_SCHEMAS[collection].safeParse(record);
      const id =
        typeof (record as { id?: unknown } | null | undefined)?.id === 'string'
          ? (record as { id: string }).id
          : `#${position}`;
      if (result.success) {
        parsed[collection].push(result.data);
        continue;
      }
      (unparsedIds[collection] ??= new Set()).add(id);
      const notPlain = plainDataProblem(record);
      if (notPlain !== null)
        problems.push({
          rule: 'input',
          collection,
          id,
          path: [],
          message: `must hold plain data (objects, arrays, strings, numbers, booleans, null): ${formatPath([id, ...notPlain.path])} is ${notPlain.is}`,
        });
      else
        problems.push(
          ...schemaProblems(collection, id, record, result.error.issues).filter(
            (problem) => !isDerivedPath(derived, collection, id, problem.path),
          ),
        );
    }
  }
  for (const collection of COLLECTION_NAMES)
    (parsed[collection] as { id: string }[]).sort((a, b) => compareStrings(a.id, b.id));
  const records = parsed as unknown as DatasetRecords;
  const texts = givenTexts instanceof Map ? givenTexts : new Map(Object.entries(givenTexts ?? {}));
  problems.push(...checkDataset(records, { texts, unparsedIds }, RULES_AFTER_FILLING));
  if (problems.length > 0) throw new DatasetValidationError(problems);
  return markValidated(deepFreeze(records) as DatasetRecords);
}
