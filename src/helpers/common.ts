import type { Ids } from '../core/collections.js';
import { InvalidArgumentError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { shown } from '../core/text.js';
import { bundled } from '../bundled.js';
import { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';

/**
 * The option every helper takes: the dataset to answer from (the bundled records by default;
 * `createDataset` makes others).
 *
 * @example
 * ```ts
 * import { getRecord, type DatasetOption } from 'mnd-mps-coordination';
 * const options: DatasetOption = {};
 * getRecord('meetings', 'annual-review-2022', options);
 * ```
 * @category Lookups
 */
export interface DatasetOption<I extends Ids = BundledIds> {
  readonly dataset?: Dataset<I>;
}

/** Checks a helper's options (the keys it knows and `dataset`) and returns them with the dataset to use. */
export function helperOptions<I extends Ids, K extends string = never>(
  options: DatasetOption<I> | undefined,
  keys: readonly K[] = [],
): { readonly dataset: Dataset<I> } & { readonly [Key in K]?: unknown } {
  const read = readOptions(options, ['dataset', ...keys]);
  const { dataset = bundled } = read;
  if (!(dataset instanceof Dataset))
    throw new InvalidArgumentError(
      'dataset',
      'expected a dataset made by createDataset (it validates and indexes the records)',
    );
  return { ...read, dataset: dataset as Dataset<I> };
}

/**
 * The option of the helpers that answer from facts (timelines, ranks and positions at a date,
 * metric series and aggregations, meeting statistics, evidence, records in a place): with
 * `quotedOnly: true` they answer from the facts that a quote of a bundled text verifies, leaving
 * out what rests on cited pages alone.
 *
 * @example
 * ```ts
 * import { timeline, type QuotedOption } from 'mnd-mps-coordination';
 * const verified: QuotedOption = { quotedOnly: true };
 * timeline(verified).length <= timeline().length; // true
 * ```
 * @category Provenance
 */
export interface QuotedOption {
  readonly quotedOnly?: boolean;
}

/** Reads the `quotedOnly` option: absent is false; anything but a boolean is an InvalidArgumentError. */
export function quotedOnlyIn(value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw new InvalidArgumentError('quotedOnly', `expected true or false, got ${shown(value)}`);
}
