import {
  type CollectionName,
  type Ids,
  LOOKUP_COLLECTIONS,
  type LookupCollection,
  perCollection,
} from './core/collections.js';
import { InvalidArgumentError, UnknownIdError } from './core/errors.js';
import { deepFreeze } from './core/freeze.js';
import { groupBy } from './core/group.js';
import { aString, oneOf } from './core/options.js';
import { closestMatches, shown } from './core/text.js';
import type { BundledIds } from './generated/ids.js';
import type { RecordTypes } from './schemas/collections.js';

/**
 * Every record of a dataset, by collection, read-only.
 *
 * @example
 * ```ts
 * import type { DatasetRecords } from 'mnd-mps-coordination';
 * const meetingCount = (records: DatasetRecords) => records.meetings.length;
 * ```
 * @category Records
 */
export type DatasetRecords<out I extends Ids = BundledIds> = {
  readonly [C in CollectionName]: readonly RecordTypes<I>[C][];
};

/** The key under which a dataset keeps its indexes (shared by the ESM and CommonJS builds). */
export const INDEX: unique symbol = Symbol.for('mnd-mps-coordination.dataset-index') as never;

/** What a dataset indexes: records by id, retired ids, metrics by indicator. */
export interface DatasetIndex {
  readonly byId: { readonly [C in CollectionName]: ReadonlyMap<string, RecordTypes<Ids>[C]> };
  /** Retired id -> the id it redirects to (possibly another retired id). */
  readonly retired: { readonly [C in LookupCollection]: ReadonlyMap<string, string> };
  readonly metricsByIndicator: ReadonlyMap<string, readonly RecordTypes<Ids>['metrics'][]>;
}

/**
 * A validated, deeply frozen dataset with its indexes: the bundled records are one, and
 * `createDataset` (in `mnd-mps-coordination/schemas`) makes others from your records. Every
 * helper takes one as its `dataset` option.
 *
 * @example
 * ```ts
 * import type { Dataset, Ids } from 'mnd-mps-coordination';
 * const meetingIds = (dataset: Dataset<Ids>) => dataset.meetings.map((meeting) => meeting.id);
 * ```
 * @category Records
 */
export type Dataset<I extends Ids = BundledIds> = DatasetRecords<I> & {
  /** @internal */
  readonly [INDEX]: DatasetIndex;
};

/** Freezes validated records and indexes them into a {@link Dataset}. Linear in the records. */
export function makeDataset<I extends Ids>(records: DatasetRecords<I>): Dataset<I> {
  const anyRecords = records as unknown as DatasetRecords<Ids>;
  const retiredBy = groupBy(anyRecords.redirects, (redirect) => redirect.collection);
  const index: DatasetIndex = {
    byId: perCollection(
      (name) => new Map(anyRecords[name].map((record) => [record.id, record])),
    ) as DatasetIndex['byId'],
    retired: perCollection(
      (name) => new Map((retiredBy.get(name) ?? []).map((redirect) => [redirect.id, redirect.to])),
    ),
    metricsByIndicator: groupBy(anyRecords.metrics, (metric) => metric.indicator),
  };
  const dataset = perCollection((name) => deepFreeze(records[name]));
  Object.defineProperty(dataset, INDEX, { value: index });
  return Object.freeze(dataset) as unknown as Dataset<I>;
}

/** The live id that `id` names in a collection, following redirects, or undefined. */
export function resolveIn(
  dataset: Dataset<Ids>,
  collection: LookupCollection,
  id: string,
): string | undefined {
  const { byId, retired } = dataset[INDEX];
  let current: string | undefined = id;
  // Redirect chains were checked for loops when the dataset was validated; the bound is a guard.
  for (let hops = 0; current !== undefined && hops <= retired[collection].size; hops += 1) {
    if (byId[collection].has(current)) return current;
    current = retired[collection].get(current);
  }
  return undefined;
}

/** The record `id` names in a collection (following redirects), or undefined. */
export function findIn<I extends Ids, C extends LookupCollection>(
  dataset: Dataset<I>,
  collection: C,
  id: string,
): RecordTypes<I>[C] | undefined {
  const live = resolveIn(dataset as Dataset<Ids>, collection, id);
  return live === undefined ? undefined : (dataset[INDEX].byId[collection].get(live) as never);
}

/**
 * The record an id argument names (following redirects); an {@link InvalidArgumentError} when
 * it is not a string, an {@link UnknownIdError} with the closest ids when it names nothing.
 */
export function getIn<I extends Ids, C extends LookupCollection>(
  dataset: Dataset<I>,
  collection: C,
  id: unknown,
  argument = 'id',
): RecordTypes<I>[C] {
  const key = aString(id, argument);
  const record = findIn(dataset, collection, key);
  if (record !== undefined) return record;
  const { byId, retired } = dataset[INDEX];
  const known = [...byId[collection].keys(), ...retired[collection].keys()];
  throw new UnknownIdError(collection, key, closestMatches(key, known));
}

/** The live id an optional id argument names (as {@link getIn} finds it), or undefined when it is absent. */
export function liveIdIn<I extends Ids, C extends LookupCollection>(
  dataset: Dataset<I>,
  collection: C,
  id: unknown,
  argument: string,
): RecordTypes<I>[C]['id'] | undefined {
  return id === undefined ? undefined : getIn(dataset, collection, id, argument).id;
}

/**
 * The record a reference names in a dataset, with its collection: the record itself, its id (when
 * no other collection uses it), or `{ collection, id }`.
 */
export function resolveRecord<I extends Ids>(
  dataset: Dataset<I>,
  reference: unknown,
): { collection: LookupCollection; record: RecordTypes<I>[LookupCollection] } {
  const { byId } = dataset[INDEX];
  if (reference !== null && typeof reference === 'object' && 'id' in reference) {
    const { collection, id } = reference as { collection?: unknown; id: unknown };
    if (collection !== undefined) {
      const name = oneOf(collection, LOOKUP_COLLECTIONS, 'record.collection');
      return { collection: name, record: getIn(dataset, name, id, 'record.id') };
    }
    const owner = LOOKUP_COLLECTIONS.find((name) => byId[name].get(id as string) === reference);
    if (owner) return { collection: owner, record: reference as RecordTypes<I>[LookupCollection] };
    return resolveRecord(dataset, id);
  }
  if (typeof reference !== 'string')
    throw new InvalidArgumentError(
      'record',
      `expected a record, an id, or { collection, id }; got ${shown(reference)}`,
    );
  const owners = LOOKUP_COLLECTIONS.filter(
    (name) => findIn(dataset, name, reference) !== undefined,
  );
  if (owners.length > 1)
    throw new InvalidArgumentError(
      'record',
      `${shown(reference)} names records in ${owners.join(' and ')}; pass { collection, id }`,
    );
  const [owner] = owners;
  if (owner) return { collection: owner, record: getIn(dataset, owner, reference) };
  const known = LOOKUP_COLLECTIONS.flatMap((name) => [...byId[name].keys()]);
  throw new UnknownIdError(null, reference, closestMatches(reference, known));
}
