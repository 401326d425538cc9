import {
  type CollectionName,
  type Ids,
  type LookupCollection,
  perCollection,
} from './core/collections.js';
import { UnknownIdError } from './core/errors.js';
import { deepFreeze } from './core/freeze.js';
import { getOrMake } from './core/group.js';
import { aString } from './core/options.js';
import { closestMatches } from './core/text.js';
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

/**
 * A validated, deeply frozen dataset: the bundled records are one, and `createDataset` (in
 * `mnd-mps-coordination/schemas`) makes others from your records. Every helper takes one as its
 * `dataset` option. It owns its indexes (records by id, retired ids, and what helpers build
 * once), each built the first time it is needed and kept where nothing outside can reach it.
 *
 * @example
 * ```ts
 * import type { Dataset, Ids } from 'mnd-mps-coordination';
 * const meetingIds = (dataset: Dataset<Ids>) => dataset.meetings.map((meeting) => meeting.id);
 * ```
 * @category Records
 */
export class Dataset<I extends Ids = BundledIds> {
  declare readonly sources: readonly RecordTypes<I>['sources'][];
  declare readonly organizations: readonly RecordTypes<I>['organizations'][];
  declare readonly places: readonly RecordTypes<I>['places'][];
  declare readonly people: readonly RecordTypes<I>['people'][];
  declare readonly documents: readonly RecordTypes<I>['documents'][];
  declare readonly meetings: readonly RecordTypes<I>['meetings'][];
  declare readonly metrics: readonly RecordTypes<I>['metrics'][];
  declare readonly indicators: readonly RecordTypes<I>['indicators'][];
  declare readonly conflicts: readonly RecordTypes<I>['conflicts'][];
  declare readonly redirects: readonly RecordTypes<I>['redirects'][];
  /** What helpers built from the records, by a key of their own; built once, on first use. */
  readonly #built = new Map<symbol, unknown>();
  /** Records by id and retired ids, by collection; built on the first lookup. */
  #index: ReturnType<typeof indexRecords> | undefined;

  /** @internal Freezes validated records (createDataset validates them) and wraps them. */
  constructor(records: DatasetRecords<I>) {
    Object.assign(
      this,
      perCollection((name) => deepFreeze(records[name])),
    );
    Object.freeze(this);
  }

  /**
   * @internal What `build` makes of this dataset, made once and kept: the indexes of helpers.
   * `key` is a symbol of the helper's own module, so no other code can read or replace it.
   */
  built<T>(key: symbol, build: (dataset: this) => T): T {
    return getOrMake(this.#built, key, () => build(this)) as T;
  }

  /** @internal The record an id names in a collection, following redirects from retired ids; undefined when none. */
  find<C extends LookupCollection>(collection: C, id: string): RecordTypes<I>[C] | undefined {
    const { byId, retired } = (this.#index ??= indexRecords(this));
    let current: string | undefined = id;
    // Redirect chains were checked for loops when the dataset was validated; the bound is a guard.
    for (let hops = 0; current !== undefined && hops <= retired[collection].size; hops += 1) {
      const record = byId[collection].get(current);
      if (record !== undefined) return record as RecordTypes<I>[C];
      current = retired[collection].get(current);
    }
    return undefined;
  }

  /**
   * @internal The record an id argument names (as {@link Dataset.find} finds it); an
   * `InvalidArgumentError` naming `argument` when it is not a string, an `UnknownIdError` with the
   * closest ids when it names nothing.
   */
  get<C extends LookupCollection>(collection: C, id: unknown, argument = 'id'): RecordTypes<I>[C] {
    const key = aString(id, argument);
    const record = this.find(collection, key);
    if (record !== undefined) return record;
    const { byId, retired } = (this.#index ??= indexRecords(this));
    const known = [...byId[collection].keys(), ...retired[collection].keys()];
    throw new UnknownIdError(collection, key, closestMatches(key, known));
  }
}

/** Records by id and retired ids by collection: linear in the records. */
function indexRecords<I extends Ids>(dataset: Dataset<I>) {
  const byId = perCollection(
    (name) => new Map<string, unknown>(dataset[name].map((record) => [record.id, record])),
  );
  const retired = perCollection(() => new Map<string, string>());
  for (const redirect of dataset.redirects)
    retired[redirect.collection].set(redirect.id, redirect.to);
  return { byId, retired };
}
