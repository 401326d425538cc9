import { stringify } from 'yaml';
import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { evidenceFor } from '../../helpers/evidence-for.js';
import {
  LOOKUP_COLLECTIONS,
  type LookupCollection,
  resolveRecordArgument,
} from '../../helpers/internal/record-argument.js';
import { didYouMean } from '../../lib/closest.js';
import { type Command, commonOptions, UsageError } from '../command.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'any record, with its evidence and sources',
  usage: 'show <id> [--collection <name>] [--json]',
  description:
    'Prints a record (found by id in any collection; retired ids resolve) and then every piece of evidence it carries: the field it backs, the quote, its offsets and its source. --collection is needed only when two collections use the same id.',
  options: {
    collection: {
      type: 'string',
      valueName: 'name',
      description: 'the collection to look in (sources, people, meetings, ...)',
    },
    ...commonOptions('print the record and its evidence as JSON'),
  },
  positionals: [{ name: 'id', required: true }],
  run({ values, positionals }, output) {
    const id = positionals[0] as string;
    const wanted = values.collection as string | undefined;
    if (wanted !== undefined && !(LOOKUP_COLLECTIONS as readonly string[]).includes(wanted)) {
      throw new UsageError(
        `unknown collection "${wanted}" (collections: ${LOOKUP_COLLECTIONS.join(', ')})${didYouMean(wanted, LOOKUP_COLLECTIONS)}`,
        'show',
      );
    }
    const elsewhere = LOOKUP_COLLECTIONS.filter(
      (candidate) =>
        candidate !== wanted &&
        (bundledDataset[candidate] as readonly { id: string }[]).some((item) => item.id === id),
    );
    if (wanted === undefined && elsewhere.length > 1)
      throw new UsageError(
        `"${id}" names records in ${elsewhere.join(' and ')}; use --collection`,
        'show',
      );
    if (
      wanted !== undefined &&
      elsewhere.length > 0 &&
      !(bundledDataset[wanted as LookupCollection] as readonly { id: string }[]).some(
        (item) => item.id === id,
      )
    ) {
      throw new UsageError(
        `no ${wanted} record has id "${id}", but ${elsewhere.join(' and ')} ${elsewhere.length > 1 ? 'have' : 'has'} one: use --collection ${elsewhere[0]}, or leave --collection out`,
        'show',
      );
    }
    const { collection, record } = resolveRecordArgument(
      bundledDataset,
      wanted === undefined ? id : { collection: wanted as LookupCollection, id },
    );
    const evidence = evidenceFor({ collection, id: record.id });
    if (values.json) {
      output.out(
        JSON.stringify(
          {
            collection,
            record,
            evidence: evidence.map(({ field, evidence: quote, source }) => ({
              field,
              ...quote,
              sourceTitle: source.title,
              sourceUrl: source.url,
            })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [
      `${collection}/${record.id}`,
      '',
      stringify(record, { lineWidth: 100 }).trimEnd(),
      '',
      `Evidence (${evidence.length}):`,
    ];
    for (const item of evidence)
      lines.push(
        `  ${item.field}: "${item.evidence.quote}"`,
        `    ${item.source.id} [${item.evidence.start}-${item.evidence.end}] ${item.source.title}${item.source.url ? ` <${item.source.url}>` : ''}`,
      );
    output.out(lines.join('\n'));
    return 0;
  },
};
