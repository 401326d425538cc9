import { type Dataset, makeDataset } from './dataset.js';
import type { BundledIds } from './generated/ids.js';
import * as records from './generated/records.js';

/**
 * The records bundled with the package (validated when they were built), as a dataset: what
 * every helper answers from unless given another.
 *
 * @example
 * ```ts
 * import { bundledDataset } from 'mnd-mps-coordination';
 * console.log(bundledDataset.meetings.length);
 * ```
 * @category Records
 */
export const bundled: Dataset<BundledIds> = /* @__PURE__ */ makeDataset<BundledIds>(records);
