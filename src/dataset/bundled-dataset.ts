import {
  conflicts,
  documents,
  indicators,
  meetings,
  metrics,
  organizations,
  people,
  redirects,
  sources,
} from '../generated/index.js';
import { markValidated } from './dataset.js';

/** The records bundled with the package, as one (validated at build time) dataset. */
export const bundledDataset = /* @__PURE__ */ markValidated(
  /* @__PURE__ */ Object.freeze({
    sources,
    organizations,
    people,
    documents,
    meetings,
    metrics,
    indicators,
    conflicts,
    redirects,
  }),
);
