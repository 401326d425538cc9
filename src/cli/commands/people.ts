import { bundled } from '../../bundled.js';
import { rankEntries } from '../../core/labels.js';
import { shown } from '../../core/text.js';
import { meetingStats } from '../../helpers/meeting-stats.js';
import { searchPeople } from '../../helpers/search.js';
import { type Command, commonOptions, formatTable, printJson } from '../command.js';

export const peopleCommand: Command = {
  name: 'people',
  summary: 'officials, or those whose name matches a query',
  usage: 'people [query] [--json]',
  description:
    'Lists the officials (all, or those matching the query, best match first; case and diacritics are ignored) with their service, their ranks in date order (each rank once, with every spelling the reports use and when), and how many meetings they took part in.',
  options: commonOptions('print the person records as JSON'),
  positionals: [{ name: 'query', required: false }],
  run({ values, positionals }, output) {
    const [query] = positionals;
    const people =
      query === undefined ? bundled.people : searchPeople(query).map((hit) => hit.record);
    if (values.json) return printJson(output, people);
    if (people.length === 0) {
      output.out(`No official matches ${shown(query)}.`);
      return 0;
    }
    const attended = new Map(meetingStats({ by: 'person' }).map((row) => [row.key, row.count]));
    const rows = people.map((person) => {
      const ranks = rankEntries(person.ranks).map(
        (entry) =>
          `${entry.label}: ${entry.spellings.map((spelling) => `${spelling.asReported} (${spelling.dates.join(', ')})`).join(', ')}`,
      );
      return [
        person.id,
        person.vietnameseName ?? person.name,
        person.service,
        ranks.join('; '),
        String(attended.get(person.id) ?? 0),
      ];
    });
    output.out(formatTable(['id', 'name', 'service', 'ranks in date order', 'meetings'], rows));
    return 0;
  },
};
