import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { DatasetRecords } from './collections.js';

declare const validated: unique symbol;

/**
 * A validated, deeply frozen dataset: what every helper accepts as its optional last argument.
 * The bundled records form one; `createDataset` makes others (your records, or the bundled ones
 * plus yours).
 *
 * @example
 * ```ts
 * import { createDataset, meetings, type Dataset } from 'mnd-mps-coordination';
 * const mine: Dataset = createDataset({ meetings: [...meetings] });
 * ```
 * @category Records
 */
export type Dataset = DatasetRecords & { readonly [validated]: true };

/**
 * The validated datasets, kept on a global symbol so that a dataset made by the CommonJS build is
 * accepted by the ESM build's helpers and the other way round (each build has its own module state).
 */
const registryKey = Symbol.for('mnd-mps-coordination.validated-datasets');
const globals = globalThis as { [registryKey]?: WeakSet<object> };
const datasets = (globals[registryKey] ??= new WeakSet<object>());

/** Marks records that passed validation as a {@link Dataset}. */
export function markValidated(records: DatasetRecords): Dataset {
  datasets.add(records);
  return records as Dataset;
}

/** Throws unless `value` is a dataset made by `createDataset` (or the bundled one). */
export function assertDataset(value: unknown): asserts value is Dataset {
  if (value === null || typeof value !== 'object' || !datasets.has(value)) {
    throw new InvalidArgumentError(
      'dataset',
      'expected a dataset made by createDataset (records are validated and indexed there)',
    );
  }
}
