import { conflicts, documents, indicators, meetings, metrics, organizations, people, sources } from '../generated/index.js';
import type { DatasetRecords } from './collections.js';

/** The records bundled with the package, as one dataset. */
export const bundledDataset: DatasetRecords = { sources, organizations, people, documents, meetings, metrics, indicators, conflicts };
