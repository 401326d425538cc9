import { LOOKUP_COLLECTIONS } from '../../core/collections.js';
import { search } from '../../helpers/search.js';
import {
  choice,
  type Command,
  commonOptions,
  formatTable,
  printJson,
  UsageError,
  valueOption,
} from '../command.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'find records of any collection by any name, in English or Vietnamese',
  usage: 'search <query> [--collection <name>]... [--limit <n>] [--json]',
  description:
    'Finds records by every name they have: English names, Vietnamese names with or without marks, other spellings, abbreviations (MND, MPS), document numbers written any way ("Nghị định 03", "03/2019/NĐ-CP", "Decree No. 3"). A whole name comes first. Case, marks and đ are ignored; the first 1,000 characters and 32 words of the query are read.',
  options: {
    collection: {
      ...valueOption('name', 'only this collection (repeatable): people, places, meetings, ...'),
      multiple: true,
    },
    limit: valueOption('n', 'at most this many results (default 20)'),
    ...commonOptions('print the results as JSON'),
  },
  positionals: [{ name: 'query', required: true }],
  run({ values, positionals }, output) {
    const collections = ((values.collection as string[] | undefined) ?? []).map((name) =>
      choice(name, LOOKUP_COLLECTIONS, 'collection', 'search'),
    );
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(
        `--limit must be a whole number of 1 or more, not ${JSON.stringify(values.limit)}`,
        'search',
      );
    const hits = search(positionals[0] ?? '', {
      limit,
      ...(collections.length > 0 ? { collections } : {}),
    });
    if (values.json) return printJson(output, hits);
    output.out(
      hits.length === 0
        ? 'Nothing matches.'
        : formatTable(
            ['score', 'collection', 'id', 'record'],
            hits.map((hit) => [String(hit.score), hit.collection, hit.id, hit.label]),
          ),
    );
    return 0;
  },
};
