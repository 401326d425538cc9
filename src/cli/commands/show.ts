import { stringify } from 'yaml';
import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { evidenceFor } from '../../helpers/evidence-for.js';
import { resolveRecordArgument } from '../../helpers/internal/record-argument.js';
import { type Command, COMMON_OPTIONS } from '../command.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'any record, with its evidence and sources',
  usage: 'show <id> [--collection <name>] [--json]',
  description: 'Prints a record (found by id in any collection; retired ids resolve) and then every piece of evidence it carries: the field it backs, the quote, its offsets and its source. --collection is needed only when two collections use the same id.',
  options: {
    collection: { type: 'string', description: 'the collection to look in (sources, people, meetings, ...)' },
    ...COMMON_OPTIONS,
  },
  positionals: [{ name: 'id', required: true }],
  run({ values, positionals }, output) {
    const id = positionals[0] as string;
    const reference = values.collection === undefined ? id : { collection: values.collection as never, id };
    const { collection, record } = resolveRecordArgument(bundledDataset, reference);
    const evidence = evidenceFor({ collection, id: record.id });
    if (values.json) {
      output.out(JSON.stringify({ collection, record, evidence: evidence.map(({ field, evidence: quote, source }) => ({ field, ...quote, sourceTitle: source.title, sourceUrl: source.url })) }, null, 2));
      return 0;
    }
    const lines = [`${collection}/${record.id}`, '', stringify(record, { lineWidth: 100 }).trimEnd(), '', `Evidence (${evidence.length}):`];
    for (const item of evidence) lines.push(`  ${item.field}: "${item.evidence.quote}"`, `    ${item.source.id} [${item.evidence.start}-${item.evidence.end}] ${item.source.title}${item.source.url ? ` <${item.source.url}>` : ''}`);
    output.out(lines.join('\n'));
    return 0;
  },
};
