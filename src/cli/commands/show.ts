import { LOOKUP_COLLECTIONS } from '../../core/collections.js';
import { bundled } from '../../bundled.js';
import { closestMatches, shown } from '../../core/text.js';
import { search } from '../../helpers/search.js';
import { citedOnlyFacts, evidenceFor } from '../../helpers/provenance.js';
import {
  choice,
  type Command,
  commonOptions,
  printJson,
  UsageError,
  valueOption,
} from '../command.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'any record, with its evidence and sources',
  usage: 'show <id> [--collection <name>] [--json]',
  description:
    'Prints a record (found by id in any collection; retired ids resolve) and then every piece of evidence it carries: the field it backs, its kind (a quote checked in a bundled text, or a place cited on a public page), and its source. --collection is needed only when two collections use the same id.',
  options: {
    collection: valueOption('name', 'the collection to look in (sources, people, meetings, ...)'),
    ...commonOptions('print the record and its evidence as JSON'),
  },
  positionals: [{ name: 'id', required: true }],
  async run({ values, positionals }, output) {
    const id = positionals[0] as string;
    const wanted =
      values.collection === undefined
        ? undefined
        : choice(values.collection as string, LOOKUP_COLLECTIONS, 'collection', 'show');
    const owners = (wanted === undefined ? LOOKUP_COLLECTIONS : [wanted]).filter(
      (name) => bundled.find(name, id) !== undefined,
    );
    const [collection] = owners;
    if (owners.length > 1)
      throw new UsageError(
        `${JSON.stringify(id)} names records in ${owners.join(' and ')}; pass --collection`,
        'show',
      );
    if (collection === undefined) {
      // Where else the id is a record, which records the words name, and the closest ids: the
      // suggestions, each once, as collection/id (with the record's name where search gives it).
      const suggestions = new Map<string, string>();
      for (const name of LOOKUP_COLLECTIONS)
        if (name !== wanted && bundled.find(name, id)) suggestions.set(`${name}/${id}`, '');
      const within = wanted === undefined ? LOOKUP_COLLECTIONS : [wanted];
      const ids = new Set(within.flatMap((name) => bundled[name].map((record) => record.id)));
      for (const close of closestMatches(id, ids, 3))
        for (const name of within)
          if (bundled.find(name, close)) suggestions.set(`${name}/${close}`, '');
      for (const hit of search(id, { limit: 3 }))
        if (!suggestions.has(`${hit.collection}/${hit.id}`))
          suggestions.set(`${hit.collection}/${hit.id}`, ` (${hit.label})`);
      const listed = [...suggestions].slice(0, 5).map(([key, label]) => `"${key}"${label}`);
      throw new UsageError(
        `no ${wanted === undefined ? '' : `${wanted} `}record has id ${shown(id)}${listed.length > 0 ? `; did you mean ${listed.join(' or ')}?` : ''}`,
        'show',
      );
    }
    const record = bundled.get(collection, id);
    const evidence = evidenceFor(collection, record.id as never);
    if (values.json) {
      const items = evidence.map(({ field, evidence: item, source }) => ({
        field,
        ...item,
        sourceKind: source.kind,
        sourceTitle: source.title,
        sourceUrl: source.url,
      }));
      return printJson(output, { collection, record, evidence: items });
    }
    const { renderYaml } = await import('../render-yaml.js');
    const lines = [
      `${collection}/${record.id}`,
      '',
      renderYaml(record),
      '',
      `Evidence (${evidence.length}; quote: checked in a bundled text, cited: a place on a public page):`,
    ];
    for (const { field, evidence: item, source } of evidence) {
      const where = item.kind === 'quote' ? `"${item.quote}"` : `${item.locator}: ${item.note}`;
      const offsets = item.kind === 'quote' ? ` [${item.start}-${item.end}]` : '';
      lines.push(
        `  ${field} [${item.kind}]: ${where}`,
        `    ${source.id}${offsets}${source.title === null ? '' : ` ${source.title}`}${source.url ? ` <${source.url}>` : ''}`,
      );
    }
    const citedOnly = citedOnlyFacts({ collection, id: record.id });
    lines.push(
      '',
      citedOnly.length === 0
        ? 'Every fact of this record has a quote of a bundled text among its evidence.'
        : `Resting on cited pages alone (${citedOnly.length}): ${citedOnly.map((fact) => fact.field).join(', ')}`,
    );
    output.out(lines.join('\n'));
    return 0;
  },
};
