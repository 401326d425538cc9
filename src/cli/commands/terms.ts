import { bundled } from '../../bundled.js';
import { dateLabel } from '../../core/labels.js';
import { coChairTerms } from '../../helpers/meeting-stats.js';
import { MEETING_FILTER_KEYS } from '../../helpers/filters.js';
import {
  type Command,
  commonOptions,
  filterFrom,
  filterOptions,
  formatTable,
  printJson,
} from '../command.js';

export const termsCommand: Command = {
  name: 'terms',
  summary: 'who co-chaired, for which body, from which meeting to which',
  usage: 'terms [--level <level>] [--place <place>] [--from <date>] [--to <date>] [--json]',
  description:
    "Lists each co-chair's term for a body: the first and last meeting they co-chaired for it and how many in all, earliest first. National meetings unless --level or --place says otherwise.",
  options: {
    ...filterOptions({
      level: ['level', 'national (the default), province, district or commune'],
      place: ['place', 'meetings of this place or a place inside it (an id or a name)'],
      from: ['date', 'meetings on or after this date'],
      to: ['date', 'meetings on or before this date'],
    }),
    ...commonOptions('print the terms as JSON'),
  },
  run({ values }, output) {
    const filter = filterFrom(values, MEETING_FILTER_KEYS, 'terms');
    const terms = coChairTerms(
      filter.place === undefined ? filter : { level: 'province', ...filter },
    );
    if (values.json) return printJson(output, terms);
    const rows = terms.map((term) => [
      term.name,
      term.organization === null
        ? 'not stated'
        : bundled.get('organizations', term.organization).name,
      dateLabel(term.first.date.edtf),
      dateLabel(term.last.date.edtf),
      String(term.meetings.length),
    ]);
    output.out(formatTable(['co-chair', 'for', 'first', 'last', 'meetings'], rows));
    return 0;
  },
};
