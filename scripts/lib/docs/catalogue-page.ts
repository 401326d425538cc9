import type { CollectionName } from '../../../src/core/collections.js';
import type { ChartSpec } from './render-chart.js';

/** A chart of the catalogue: rendered to `charts/<file>.svg` and shown with its alternative text. */
export interface Chart {
  readonly file: string;
  readonly alt: string;
  readonly spec: ChartSpec;
}

/** One record's section of a catalogue page: a heading that is its id (the link anchor), its key fields, its charts. */
export interface RecordSection {
  readonly id: string;
  readonly body: string;
  readonly charts: readonly Chart[];
}

/** The catalogue page of one collection. */
export interface CataloguePage {
  readonly collection: CollectionName;
  readonly title: string;
  /** Charts about the collection as a whole, shown before the records. */
  readonly charts: readonly Chart[];
  readonly sections: readonly RecordSection[];
}
