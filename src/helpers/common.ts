import type { Ids, LookupCollection } from '../core/collections.js';
import { InvalidArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { getOrMake, groupBy } from '../core/group.js';
import { aBoolean, readOptions } from '../core/options.js';
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
export const quotedOnlyIn = (value: unknown): boolean => aBoolean(value, 'quotedOnly') === true;

/**
 * The id an optional id option names, checked (an unknown id is an {@link UnknownIdError} naming
 * the option; a retired id gives its successor), or undefined when the option is absent.
 */
export const optionalId = <I extends Ids, C extends LookupCollection>(
  dataset: Dataset<I>,
  collection: C,
  value: unknown,
  option: string,
): I[C] | undefined =>
  value === undefined ? undefined : dataset.get(collection, value, option).id;

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
 * The answer of an aggregation: worked out anew when any of `filterKeys` is given; when none is
 * (it depends on nothing but the dataset and `variant`, the grouping), worked out on the first
 * call, frozen, and kept by the dataset.
 */
export function keptUnlessFiltered<I extends Ids, T>(
  given: { readonly dataset: Dataset<I> },
  filterKeys: readonly string[],
  key: symbol,
  variant: string,
  answer: () => T,
): T {
  if (filterKeys.some((name) => (given as Record<string, unknown>)[name] !== undefined))
    return answer();
  const answers = given.dataset.built(key, () => new Map<string, T>());
  return getOrMake(answers, variant, () => deepFreeze(answer()));
}
