import type { Ids } from '../core/collections.js';
import { InvalidArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { groupBy } from '../core/group.js';
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

/**
 * The candidates that meet every condition given (`false` stands for a condition not asked
 * for): the candidates themselves, a shared frozen list, when none is, so that a call that
 * narrows nothing costs nothing however large the dataset.
 */
export function where<T>(
  candidates: readonly T[],
  conditions: readonly (((item: T) => boolean) | false)[],
): readonly T[] {
  const active = conditions.filter((condition) => condition !== false);
  if (active.length === 0) return candidates;
  return candidates.filter((item) => active.every((condition) => condition(item)));
}

/** {@link groupBy} for an index a dataset keeps: each group frozen, as it may be handed out whole. */
export function frozenGroups<T>(
  items: Iterable<T>,
  keys: (item: T) => string | readonly string[],
): ReadonlyMap<string, readonly T[]> {
  const groups = groupBy(items, keys);
  for (const list of groups.values()) Object.freeze(list);
  return groups;
}

/** The list a dataset hands out when an index has nothing under a key. */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * An answer that depends on nothing but the dataset and `variant` (an aggregation that filters
 * nothing, grouped one way): worked out on the first call, frozen, and kept by the dataset.
 */
export function kept<T>(dataset: Dataset<Ids>, key: symbol, variant: string, answer: () => T): T {
  const answers = dataset.built(key, () => new Map<string, T>());
  if (!answers.has(variant)) answers.set(variant, deepFreeze(answer()));
  return answers.get(variant) as T;
}

/** Whether no condition of a filter is given (only the dataset and the grouping). */
export const filtersNothing = (given: object, keys: readonly string[]): boolean =>
  keys.every((key) => (given as Record<string, unknown>)[key] === undefined);
