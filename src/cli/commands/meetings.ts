import { dateLabel } from '../../core/labels.js';
import { filterMeetings } from '../../helpers/meeting-filter.js';
import { inferredFacts } from '../../helpers/provenance.js';
import { bundled } from '../../bundled.js';
import { type Command, commonOptions, formatTable, valueOption, printJson } from '../command.js';

export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'every meeting, earliest first',
  usage: 'meetings [--from <date>] [--to <date>] [--json]',
  description:
    "Lists the meetings in date order with the period each reviewed, its co-chairs, and how many metrics and sources it has. A date marked * is inferred (see the record's inferences).",
  options: {
    from: valueOption('date', 'meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)'),
    to: valueOption('date', 'meetings on or before this date'),
    ...commonOptions('print the meeting records as JSON'),
  },
  run({ values }, output) {
    const meetings = filterMeetings({
      from: values.from as string | undefined,
      to: values.to as string | undefined,
    });
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
      meeting.coChairs.map((id) => bundled.get('people', id).name).join(', '),
      String(meeting.metrics.length),
      meeting.sources.join(', '),
    ]);
    const headers = ['date', 'id', 'level', 'reviews', 'chaired by', 'metrics', 'sources'];
    output.out(formatTable(headers, rows));
    return 0;
  },
};
