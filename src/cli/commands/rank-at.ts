import { bundled } from '../../bundled.js';
import { dateLabel } from '../../core/labels.js';
import { RANKS } from '../../core/ranks.js';
import { rankAt } from '../../helpers/claims-at.js';
import { type Command, commonOptions, personNamed, printJson } from '../command.js';

export const rankAtCommand: Command = {
  name: 'rank-at',
  summary: 'the rank an official held at a date, and what it rests on',
  usage: 'rank-at <person> <date> [--quoted-only] [--json]',
  description:
    'Prints the rank in force on a date (a promotion changes the rank from its date on; a report observes it; a resolved conflict settles which claim holds), what it rests on, the reports since that give another rank, and the recorded conflicts. The person is an id or a name, case and diacritics ignored; the date is YYYY, YYYY-MM or YYYY-MM-DD.',
  options: {
    'quoted-only': {
      type: 'boolean',
      description: 'weigh only claims a quote of a bundled text states',
    },
    ...commonOptions('print the answer as JSON'),
  },
  positionals: [
    { name: 'person', required: true },
    { name: 'date', required: true },
  ],
  run({ values, positionals }, output) {
    const [name = '', date = ''] = positionals;
    const person = personNamed(name, 'rank-at');
    const at = rankAt(person as never, date, { quotedOnly: values['quoted-only'] === true });
    if (values.json) return printJson(output, at);
    const claim = (words: string, edtf: string) => `${words} (${dateLabel(edtf)})`;
    const lines = [
      `${bundled.get('people', person).name}, ${dateLabel(date)}:`,
      at.rank === null
        ? '  rank: not settled by the records'
        : `  rank: ${RANKS[at.rank].vietnamese} (${at.rank}), from the ${at.basis} of ${claim(at.since?.asReported ?? '', at.since?.asOf.edtf ?? '')}`,
      ...at.contradicting.map(
        (other) => `  contradicted by: ${claim(other.asReported, other.asOf.edtf)}`,
      ),
      `  latest report: ${at.claims.map((other) => claim(other.asReported, other.asOf.edtf)).join('; ') || 'none'}`,
      ...at.conflicts.map(
        (conflict) =>
          `  conflict ${conflict.id}: ${conflict.resolution ? `resolved to "${conflict.resolution.value}"` : 'open'}`,
      ),
    ];
    output.out(lines.join('\n'));
    return 0;
  },
};
