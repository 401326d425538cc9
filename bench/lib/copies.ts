import { COLLECTION_NAMES, type Ids } from '../../src/core/collections.js';
import { valueAt } from '../../src/core/problem.js';
import type { DatasetRecords } from '../../src/dataset.js';
import { forEachReference } from '../../src/validate/references.js';

/**
 * `times` copies of a dataset's records, each copy's ids (and the references between them)
 * suffixed with its number, so that the copies are independent and valid: the bundled records
 * copied 100 times stand for a dataset a hundred times larger.
 */
export function copies(records: DatasetRecords<Ids>, times: number): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const collection of COLLECTION_NAMES) {
    const list: unknown[] = [];
    for (let copy = 0; copy < times; copy += 1)
      for (const record of records[collection]) {
        const value = structuredClone(record) as Record<string, unknown>;
        value.id = `${record.id}-${copy}`;
        forEachReference(collection, value, (path, id) => {
          const parent = valueAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
          parent[path[path.length - 1] as string | number] = `${id}-${copy}`;
        });
        if (collection === 'redirects') value.to = `${String(value.to)}-${copy}`;
        if (typeof value.group === 'string') value.group = `${value.group}-${copy}`;
        list.push(value);
      }
    result[collection] = list;
  }
  return result;
}
