import type { RecordOf } from '../../dataset/collections.js';
import type { Dataset } from '../../dataset/dataset.js';
import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';
import { UnknownIdError } from '../../errors/unknown-id-error.js';
import { closestMatches } from '../../lib/closest.js';
import { datasetArgument } from './dataset-argument.js';
import type { LookupCollection } from './record-argument.js';


interface CollectionIndex {
  readonly live: ReadonlyMap<string, unknown>;
  /** Retired id -> the id it redirects to (possibly another retired id). */
  readonly redirects: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Dataset, Map<LookupCollection, CollectionIndex>>();

/** The id index of one collection of a dataset, built on first use and cached with the dataset. */
function indexOf(dataset: Dataset, collection: LookupCollection): CollectionIndex {
  let perCollection = indexes.get(dataset);
  if (!perCollection) {
    perCollection = new Map();
    indexes.set(dataset, perCollection);
  }
  let index = perCollection.get(collection);
  if (!index) {
    index = {
      live: new Map((dataset[collection] as readonly { id: string }[]).map((record) => [record.id, record])),
      redirects: new Map(dataset.redirects.filter((redirect) => redirect.collection === collection).map((redirect) => [redirect.id, redirect.to])),
    };
    perCollection.set(collection, index);
  }
  return index;
}

/** Checks the arguments every lookup takes, and returns the dataset to use. */
export function lookupArguments(id: unknown, dataset: Dataset | undefined): Dataset {
  if (typeof id !== 'string') throw new InvalidArgumentError('id', `expected a string, got ${id === null ? 'null' : typeof id}`);
  return datasetArgument(dataset);
}

/** The live id `id` resolves to in a collection, following redirects, or undefined. */
export function resolveIn(dataset: Dataset, collection: LookupCollection, id: string): string | undefined {
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
export function findIn<C extends LookupCollection>(dataset: Dataset, collection: C, id: string): RecordOf<C> | undefined {
  const live = resolveIn(dataset, collection, id);
  return live === undefined ? undefined : (indexOf(dataset, collection).live.get(live) as RecordOf<C>);
}

/** The record `id` names (following redirects); throws {@link UnknownIdError} with the closest ids otherwise. */
export function getIn<C extends LookupCollection>(dataset: Dataset, collection: C, id: string): RecordOf<C> {
  const record = findIn(dataset, collection, id);
  if (record !== undefined) return record;
  const index = indexOf(dataset, collection);
  throw new UnknownIdError(collection, id, closestMatches(id, [...index.live.keys(), ...index.redirects.keys()]));
}

/** The record an id argument names: checks it is a string, follows redirects, throws {@link UnknownIdError} when unknown. */
export function requireRecord<C extends LookupCollection>(dataset: Dataset, collection: C, id: unknown, argument: string): RecordOf<C> {
  if (typeof id !== 'string') throw new InvalidArgumentError(argument, `expected an id string, got ${id === null ? 'null' : typeof id}`);
  return getIn(dataset, collection, id);
}
