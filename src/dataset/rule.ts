import type { CollectionName } from '../schemas/conflict.js';
import type { DatasetRecords, RecordOf } from './collections.js';
import type { FieldPath } from './problem.js';

/** What a rule may use besides the records. */
export interface CheckContext {
  /** NFC texts of the sources by source id; rules that need them skip sources without one. */
  readonly texts?: ReadonlyMap<string, string>;
  /** Ids of records that exist but could not be parsed: references to them are not reported as dangling. */
  readonly unparsedIds?: { readonly [C in CollectionName]?: ReadonlySet<string> };
}

/** One thing a rule found wrong. */
export interface Finding {
  readonly collection: CollectionName;
  readonly id: string;
  readonly path: FieldPath;
  readonly message: string;
}

/** A whole-dataset check: one invariant, named and described, with its own tests. */
export interface Rule {
  readonly name: string;
  readonly description: string;
  check(dataset: DatasetRecords, context: CheckContext, index: DatasetIndex): Finding[];
}

/** Records by id, per collection (the first record wins when ids repeat). */
export type DatasetIndex = { readonly [C in CollectionName]: ReadonlyMap<string, RecordOf<C>> };

/** Builds the per-collection id maps the rules share. */
export function indexDataset(dataset: DatasetRecords): DatasetIndex {
  const byId = <T extends { readonly id: string }>(records: readonly T[]) => {
    const map = new Map<string, T>();
    for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
    return map;
  };
  return {
    sources: byId(dataset.sources),
    organizations: byId(dataset.organizations),
    people: byId(dataset.people),
    documents: byId(dataset.documents),
    meetings: byId(dataset.meetings),
    metrics: byId(dataset.metrics),
    indicators: byId(dataset.indicators),
    conflicts: byId(dataset.conflicts),
    redirects: byId(dataset.redirects),
  };
}

/** Calls `visit` for every record of every collection. */
export function forEachRecord(
  dataset: DatasetRecords,
  visit: <C extends CollectionName>(collection: C, record: RecordOf<C>) => void,
): void {
  for (const collection of Object.keys(dataset) as CollectionName[]) {
    for (const record of dataset[collection])
      visit(collection, record as RecordOf<typeof collection>);
  }
}
