import type { CollectionName, Ids } from '../../../src/core/collections.js';
import { foldText } from '../../../src/core/text.js';
import type { Dataset } from '../../../src/dataset.js';
import type { RecordLabel } from './labels.js';
import type { ChartSpec } from './render-chart.js';

/**
 * A chart of the catalogue: drawn for a phone's text column and for a laptop's (`spec(width)`),
 * written to `charts/<file>.svg` and `charts/<file>-wide.svg`, and shown inline (so that its marks
 * link to the records they draw) with its alternative text.
 */
export interface Chart {
  readonly file: string;
  readonly alt: string;
  readonly spec: (width: number) => ChartSpec;
}

/**
 * One record's section of a catalogue page: headed by what a reader knows the record by (a
 * meeting by its date and title, a person by name and Vietnamese name, a document by its number),
 * anchored on its id (every link to the record points there), with its key fields and charts.
 */
export interface RecordSection {
  readonly id: string;
  /** The heading, as plain text: the record's label, or its names. */
  readonly heading: string;
  /**
   * The record's own names (a name, a Vietnamese name, other names and abbreviations, a document's
   * number and titles): the site's search puts a record first when the words searched for are
   * one of them.
   */
  readonly names: readonly string[];
  readonly body: string;
  readonly charts: readonly Chart[];
}

/** The catalogue page of one collection. */
export interface CataloguePage {
  readonly collection: CollectionName;
  readonly title: string;
  /**
   * The Markdown tables of the records that open the page: one table, or several under headings
   * to jump to (`### 2023`) when one would be too long to read through.
   */
  readonly overview: string;
  /** Charts about the collection as a whole, shown after the table and before the records. */
  readonly charts: readonly Chart[];
  /** The records' sections in the order readers look for them (meetings by date, people by name). */
  readonly sections: readonly RecordSection[];
}

/** Makes the page of one collection from a dataset, calling records by their labels. */
export type PageMaker = (dataset: Dataset<Ids>, label: RecordLabel) => CataloguePage;

/** A name with the Vietnamese name after it when there is one and it differs: "Nghe An (Nghệ An)". */
export function nameHeading(name: string, vietnameseName: string | null): string {
  return vietnameseName === null || vietnameseName === name ? name : `${name} (${vietnameseName})`;
}

/** The names a record is known by, each once, without empty ones. */
export const namesOf = (...names: readonly (string | null | undefined)[]): string[] => [
  ...new Set(names.filter((name): name is string => typeof name === 'string' && name !== '')),
];

/**
 * Orders records by a text the way readers look it up: without diacritics and case ("Đào" with
 * "Dao", "Bùi" before "Cao"), then by id so that the order never depends on the input's.
 */
export function byText<T extends { readonly id: string }>(
  key: (record: T) => string,
): (a: T, b: T) => number {
  return (a, b) => {
    const left = foldText(key(a));
    const right = foldText(key(b));
    return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
