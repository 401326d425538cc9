import { LOOKUP_COLLECTIONS } from '../../core/collections.js';
import { citedOnlyFacts, inferredFacts } from '../../helpers/provenance.js';
import {
  choice,
  type Command,
  type CommandInput,
  commonOptions,
  formatTable,
  printJson,
  valueOption,
} from '../command.js';

const selection = (values: CommandInput['values'], command: string) => ({
  ...(values.collection === undefined
    ? {}
    : { collection: choice(String(values.collection), LOOKUP_COLLECTIONS, 'collection', command) }),
  ...(values.id === undefined ? {} : { id: String(values.id) }),
});

const selectionOptions = {
  collection: valueOption('name', 'only the records of this collection (meetings, people, ...)'),
  id: valueOption('id', 'only this record (with --collection)'),
};

export const inferredCommand: Command = {
  name: 'inferred',
  summary: 'the facts the curator inferred, each with the reasoning',
  usage: 'inferred [--collection <name>] [--id <id>] [--json]',
  description:
    "Lists every fact the curator inferred rather than read (a year a page does not print, a place it implies), with the field and the reasoning: each record's inferences.",
  options: { ...selectionOptions, ...commonOptions('print the facts as JSON') },
  run({ values }, output) {
    const facts = inferredFacts(selection(values, 'inferred'));
    if (values.json) return printJson(output, facts);
    const rows = facts.map((fact) => [`${fact.collection}/${fact.id}`, fact.field, fact.note]);
    output.out(formatTable(['record', 'field', 'reasoning'], rows));
    return 0;
  },
};

export const citedOnlyCommand: Command = {
  name: 'cited-only',
  summary: 'the facts that rest on cited pages alone, with no quote of a bundled text',
  usage: 'cited-only [--collection <name>] [--id <id>] [--json]',
  description:
    'Lists every fact whose evidence holds no quote of a bundled text (only places cited on public pages), with the pages it rests on: what --quoted-only leaves out.',
  options: { ...selectionOptions, ...commonOptions('print the facts as JSON') },
  run({ values }, output) {
    const facts = citedOnlyFacts(selection(values, 'cited-only'));
    if (values.json) return printJson(output, facts);
    const rows = facts.map((fact) => [
      `${fact.collection}/${fact.id}`,
      fact.field,
      fact.sources.join(', '),
    ]);
    output.out(formatTable(['record', 'field', 'pages'], rows));
    return 0;
  },
};
