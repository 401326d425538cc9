import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { searchPeople } from '../../helpers/search-people.js';
import { meetingStats } from '../../helpers/meeting-stats.js';
import { type Command, commonOptions } from '../command.js';
import { formatTable, terminalCellWidth } from '../format-table.js';

/** Each wording of a rank with the dates it was reported: "Senior General (2025-01-15); General (2023-02-09)". */
function ranksAsReported(
  claims: readonly { readonly asReported: string; readonly asOf: { readonly edtf: string } }[],
): string {
  const dates = new Map<string, string[]>();
  for (const claim of claims)
    dates.set(claim.asReported, [...(dates.get(claim.asReported) ?? []), claim.asOf.edtf]);
  return [...dates].map(([words, when]) => `${words} (${when.join(', ')})`).join('; ');
}

export const peopleCommand: Command = {
  name: 'people',
  summary: 'officials, or those whose name matches a query',
  usage: 'people [query] [--json]',
  description:
    'Lists the officials (all, or those matching the query, best match first; case and diacritics are ignored) with their service, the ranks the reports give them as written, and how many meetings they attended.',
  options: commonOptions('print the person records as JSON'),
  positionals: [{ name: 'query', required: false }],
  run({ values, positionals }, output) {
    const [query] = positionals;
    const people =
      query === undefined ? bundledDataset.people : searchPeople(query).map((hit) => hit.record);
    if (values.json) {
      output.out(JSON.stringify(people, null, 2));
      return 0;
    }
    const attended = new Map(meetingStats({ by: 'person' }).map((row) => [row.key, row.count]));
    const rows = people.map((person) => [
      person.id,
      person.name,
      person.service,
      ranksAsReported(person.ranks),
      String(attended.get(person.id) ?? 0),
    ]);
    output.out(
      query !== undefined && rows.length === 0
        ? `No official matches "${query}".`
        : formatTable(
            ['id', 'name', 'service', 'ranks as reported', 'meetings'],
            rows,
            terminalCellWidth(),
          ),
    );
    return 0;
  },
};
