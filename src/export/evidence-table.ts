import type { DatasetRecords } from '../dataset/collections.js';
import { evidenceIn } from '../dataset/evidence-in.js';
import { formatPath } from '../dataset/problem.js';
import type { CollectionName } from '../schemas/conflict.js';

/** One row of the evidence table: a quote, the record and field it backs, and where it is. */
export interface EvidenceRow {
  readonly collection: CollectionName;
  readonly id: string;
  readonly field: string;
  readonly source: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** Every piece of evidence in the dataset as a flat table, record by record, for joining in SQL. */
export function evidenceRows(records: DatasetRecords): EvidenceRow[] {
  return (Object.keys(records) as CollectionName[]).flatMap((collection) =>
    (records[collection] as readonly { id: string }[]).flatMap((record) =>
      evidenceIn(record).map(({ path, evidence }) => ({
        collection,
        id: record.id,
        field: formatPath(path),
        source: evidence.source,
        quote: evidence.quote,
        start: evidence.start,
        end: evidence.end,
      })),
    ),
  );
}

/** The evidence table's columns, in the shape of the collections' table columns. */
export const EVIDENCE_COLUMNS = [
  {
    name: 'collection',
    path: ['collection'],
    type: 'string',
    description: 'The collection of the record the quote backs.',
  },
  {
    name: 'id',
    path: ['id'],
    type: 'string',
    description: 'The id of the record the quote backs.',
  },
  {
    name: 'field',
    path: ['field'],
    type: 'string',
    description: 'The field of the record the quote backs, as a path: "issued.evidence[0]".',
  },
  {
    name: 'source',
    path: ['source'],
    type: 'string',
    description: 'The source whose text holds the quote.',
  },
  { name: 'quote', path: ['quote'], type: 'string', description: 'The exact words of the source.' },
  {
    name: 'start',
    path: ['start'],
    type: 'integer',
    description: 'Code-point offset of the first character of the quote in the NFC source text.',
  },
  {
    name: 'end',
    path: ['end'],
    type: 'integer',
    description: 'Code-point offset just after the last character of the quote.',
  },
] as const;
