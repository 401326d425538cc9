import { Dataset } from './dataset.js';
import type { BundledIds } from './generated/ids.js';
import {
  conflicts,
  documents,
  indicators,
  meetings,
  metrics,
  organizations,
  people,
  places,
  redirects,
  sources,
} from './generated/records.js';

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
// Named imports, not a namespace: a namespace object would keep every collection in a consumer's
// bundle that imports one of them from ./data (the tree-shaking test in tests/dist checks it).
export const bundled: Dataset<BundledIds> = /* @__PURE__ */ new Dataset<BundledIds>({
  sources,
  organizations,
  places,
  people,
  documents,
  meetings,
  metrics,
  indicators,
  conflicts,
  redirects,
});
