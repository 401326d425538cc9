import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { compareDateBounds } from '../../lib/compare-dates.js';
import { edtfLabel } from '../../lib/edtf.js';
import { type Command, commonOptions } from '../command.js';
import { formatTable, terminalCellWidth } from '../format-table.js';

export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'every meeting, earliest first',
  usage: 'meetings [--json]',
  description:
    "Lists the meetings in date order with the period each reviewed, its co-chairs, and how many metrics and sources it has. A date marked * is inferred (see the record's date.note).",
  options: commonOptions('print the meeting records as JSON'),
  positionals: [],
  run({ values }, output) {
    const meetings = [...bundledDataset.meetings].sort(
      (a, b) => compareDateBounds(a.date, b.date) || a.id.localeCompare(b.id),
    );
    if (values.json) {
      output.out(JSON.stringify(meetings, null, 2));
      return 0;
    }
    const names = new Map(bundledDataset.people.map((person) => [person.id, person.name]));
    const rows = meetings.map((meeting) => [
      `${meeting.date.edtf}${meeting.date.basis === 'stated' ? '' : '*'}`,
      meeting.id,
      meeting.periodReviewed ? edtfLabel(meeting.periodReviewed.edtf) : '',
      meeting.coChairs.map((id) => names.get(id) ?? id).join(', '),
      String(meeting.metrics.length),
      meeting.sources.join(', '),
    ]);
    output.out(
      formatTable(
        ['date', 'id', 'reviews', 'chaired by', 'metrics', 'sources'],
        rows,
        terminalCellWidth(),
      ),
    );
    return 0;
  },
};
