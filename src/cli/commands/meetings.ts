import { bundled } from '../../bundled.js';
import { dateLabel } from '../../core/labels.js';
import { filterMeetings, MEETING_FILTER_KEYS } from '../../helpers/filters.js';
import { inferredFacts } from '../../helpers/provenance.js';
import {
  type Command,
  commonOptions,
  filterFrom,
  filterOptions,
  formatTable,
  NO_CO_CHAIR,
  printJson,
} from '../command.js';

export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'the meetings, earliest first, filtered as filterMeetings filters them',
  usage:
    'meetings [--from <date>] [--to <date>] [--kind <kind>] [--level <level>] [--person <person>] [--document <id>] [--place <place>] [--quoted-only] [--json]',
  description:
    "Lists the meetings in date order with their level, the period each reviewed, its co-chairs, and how many metrics and sources it has. Every option narrows the list, as the same option of filterMeetings does; a person or a place may be named by id or by name, case and diacritics ignored. A date marked * is inferred (see the record's inferences).",
  options: {
    ...filterOptions({
      from: ['date', 'meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)'],
      to: ['date', 'meetings on or before this date'],
      kind: ['kind', 'annual-review, semiannual-review, quarterly-review, joint-inspection, ...'],
      level: ['level', 'national, province, district or commune'],
      person: ['person', 'meetings this person chaired or attended (an id or a name)'],
      document: ['id', 'meetings that implement or review this document'],
      place: ['place', 'meetings held in this place or a place inside it (an id or a name)'],
      quotedOnly: ['', 'only meetings a quote of a bundled text reports'],
    }),
    ...commonOptions('print the meeting records as JSON'),
  },
  run({ values }, output) {
    const meetings = filterMeetings(filterFrom(values, MEETING_FILTER_KEYS, 'meetings'));
    if (values.json) return printJson(output, meetings);
    const inferred = new Set(
      inferredFacts({ collection: 'meetings' })
        .filter((fact) => fact.field === 'date')
        .map((fact) => fact.id),
    );
    const rows = meetings.map((meeting) => [
      `${dateLabel(meeting.date.edtf)}${inferred.has(meeting.id) ? '*' : ''}`,
      meeting.id,
      meeting.level,
      meeting.periodReviewed ? dateLabel(meeting.periodReviewed.edtf) : '',
      meeting.coChairs.map((id) => bundled.get('people', id).name).join(', ') || NO_CO_CHAIR,
      String(meeting.metrics.length),
      meeting.sources.join(', '),
    ]);
    const headers = ['date', 'id', 'level', 'reviews', 'chaired by', 'metrics', 'sources'];
    output.out(formatTable(headers, rows));
    return 0;
  },
};
