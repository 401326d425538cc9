import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import { UnknownIdError } from '../../errors/unknown-id-error.js';
import { closestMatches } from '../../lib/closest.js';
import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { datasetArgument } from './dataset-argument.js';
import type { LookupCollection } from './record-argument.js';

/** The ids of one collection: live records, and retired ids with where they redirect. */
interface CollectionIndex {
  readonly live: ReadonlyMap<string, unknown>;
  /** Retired id -> the id it redirects to (possibly another retired id). */
  readonly redirects: ReadonlyMap<string, string>;
}

/** A dataset with the id indexes of its collections, built on first use. */
interface DatasetIndexes {
  readonly dataset: Dataset;
  readonly collections: Map<LookupCollection, CollectionIndex>;
}

const indexes = new WeakMap<object, DatasetIndexes>();

/**
 * The dataset and collection of the last lookup, and that collection's index: most programs look
 * up in one dataset, often in one collection at a time, and two comparisons cost less than a
 * WeakMap and a Map read. This keeps that one dataset alive until a lookup in another.
 */
let lastTarget: unknown;
let lastCollection: LookupCollection | undefined;
let lastIndex: CollectionIndex | undefined;

/**
 * The id index of one collection of a dataset (the bundled one when none is given), built on first
 * use and cached with the dataset. A dataset is checked once, when its first index is built.
 */
function indexOf(given: Dataset | undefined, collection: LookupCollection): CollectionIndex {
  const target: unknown = given ?? bundledDataset;
  if (target === lastTarget && collection === lastCollection) return lastIndex!;
  let entry = indexes.get(target as object);
  if (entry === undefined) {
    const dataset = datasetArgument(target);
    entry = { dataset, collections: new Map() };
    indexes.set(dataset, entry);
  }
  let index = entry.collections.get(collection);
  if (index === undefined) {
    const { dataset } = entry;
    index = {
      live: new Map(
        (dataset[collection] as readonly { id: string }[]).map((record) => [record.id, record]),
      ),
      redirects: new Map(
        dataset.redirects
          .filter((redirect) => redirect.collection === collection)
          .map((redirect) => [redirect.id, redirect.to]),
      ),
    };
    entry.collections.set(collection, index);
  }
  lastTarget = target;
  lastCollection = collection;
  lastIndex = index;
  return index;
}

/** Checks the id argument every lookup takes; the dataset argument is checked with its index (see `indexOf`). */
export function lookupArguments(id: unknown, dataset: Dataset | undefined): Dataset | undefined {
  if (typeof id !== 'string')
    throw new InvalidArgumentError(
      'id',
      `expected a string, got ${id === null ? 'null' : typeof id}`,
    );
  return dataset;
}

/** The live id `id` resolves to in a collection, following redirects, or undefined. */
export function resolveIn(
  dataset: Dataset | undefined,
  collection: LookupCollection,
  id: string,
): string | undefined {
  const index = indexOf(dataset, collection);
  let current = id;
  for (let hops = 0; hops <= index.redirects.size; hops += 1) {
    if (index.live.has(current)) return current;
    const next = index.redirects.get(current);
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

/** The record `id` names (following redirects), or undefined. */
export function findIn<C extends LookupCollection>(
  dataset: Dataset | undefined,
  collection: C,
  id: string,
): RecordOf<C> | undefined {
  const index = indexOf(dataset, collection);
  const record = index.live.get(id);
  if (record !== undefined || index.redirects.size === 0) return record as RecordOf<C> | undefined;
  const live = resolveIn(dataset, collection, id);
  return live === undefined ? undefined : (index.live.get(live) as RecordOf<C>);
}

/** The record `id` names (following redirects); throws {@link UnknownIdError} with the closest ids otherwise. */
export function getIn<C extends LookupCollection>(
  dataset: Dataset | undefined,
  collection: C,
  id: string,
): RecordOf<C> {
  const record = findIn(dataset, collection, id);
  if (record !== undefined) return record;
  const index = indexOf(dataset, collection);
  throw new UnknownIdError(
    collection,
    id,
    closestMatches(id, [...index.live.keys(), ...index.redirects.keys()]),
  );
}

/** The record an id argument names: checks it is a string, follows redirects, throws {@link UnknownIdError} when unknown. */
export function requireRecord<C extends LookupCollection>(
  dataset: Dataset,
  collection: C,
  id: unknown,
  argument: string,
): RecordOf<C> {
  if (typeof id !== 'string')
    throw new InvalidArgumentError(
      argument,
      `expected an id string, got ${id === null ? 'null' : typeof id}`,
    );
  return getIn(dataset, collection, id);
}
