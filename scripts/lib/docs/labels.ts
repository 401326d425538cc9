import type { CollectionName, Ids } from '../../../src/core/collections.js';
import { dateLabel, quantityLabel } from '../../../src/core/labels.js';
import type { Dataset } from '../../../src/dataset.js';
import type { RecordTypes } from '../../../src/schemas/collections.js';

type Records = RecordTypes<Ids>;

/** What the catalogue calls a record wherever it links to it: a name or title, never its id. */
export type RecordLabel = (collection: CollectionName, id: string) => string;

/**
 * The one place that decides how each collection's records are called: people, bodies and places
 * by name, meetings by date and title, sources by publisher and headline, documents by title,
 * metrics by the quantity as written, conflicts by what they disagree on.
 */
const LABELS: {
  readonly [C in CollectionName]: (
    record: Records[C],
    places: ReadonlyMap<string, string>,
  ) => string;
} = {
  sources: (source) => {
    const title = source.title ?? `page without a headline (${source.url ?? source.id})`;
    return source.publisher === null ? title : `${source.publisher.name}: ${title}`;
  },
  organizations: (organization) => organization.name,
  places: (place) => place.name,
  people: (person) => person.name,
  documents: (document) => document.title,
  meetings: (meeting) => `${dateLabel(meeting.date.edtf)}: ${meeting.title}`,
  metrics: (metric, places) =>
    `${quantityLabel(metric.quantity, metric.unit)}, ${metric.scope.place === null ? metric.scope.level : (places.get(metric.scope.place) ?? metric.scope.place)}, ${dateLabel(metric.period.edtf)}`,
  indicators: (indicator) => indicator.label,
  conflicts: (conflict) =>
    `${conflict.field}: ${conflict.claims.map((claim) => `“${claim.value}”`).join(' vs ')}`,
  redirects: (redirect) => `${redirect.id} (now ${redirect.to})`,
};

/** The labels of a dataset's records; an id that is not in the dataset is an error, not a bare id. */
export function recordLabels(dataset: Dataset<Ids>): RecordLabel {
  const places = new Map(dataset.places.map((place) => [place.id, place.name]));
  const labels = new Map(
    (Object.keys(LABELS) as CollectionName[]).map((collection) => {
      // Each collection's label function gets that collection's records, which TypeScript cannot
      // follow through the loop.
      const label = LABELS[collection] as (
        record: Records[CollectionName],
        placeNames: ReadonlyMap<string, string>,
      ) => string;
      const records = dataset[collection] as readonly Records[CollectionName][];
      return [
        collection,
        new Map(records.map((record) => [record.id, label(record, places)] as const)),
      ] as const;
    }),
  );
  return (collection, id) => {
    const label = labels.get(collection)?.get(id);
    if (label === undefined)
      throw new Error(`the catalogue links to ${collection} ${id}, which is not in the dataset`);
    return label;
  };
}

export { dateLabel };
