import type { CollectionName, Ids } from '../../../src/core/collections.js';
import type { Dataset } from '../../../src/dataset.js';
import type { RecordLabel } from './labels.js';
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
  /** A Markdown table of the records, one row each, that opens the page. */
  readonly overview: string;
  /** Charts about the collection as a whole, shown after the table and before the records. */
  readonly charts: readonly Chart[];
  readonly sections: readonly RecordSection[];
}

/** Makes the page of one collection from a dataset, calling records by their labels. */
export type PageMaker = (dataset: Dataset<Ids>, label: RecordLabel) => CataloguePage;
