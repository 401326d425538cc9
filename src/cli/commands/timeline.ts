import { groupTimeline, type TimelineUnit } from '../../helpers/group-timeline.js';
import { timeline, type TimelineEvent } from '../../helpers/timeline.js';
import {
  choice,
  type Command,
  commonOptions,
  formatTable,
  printJson,
  valueOption,
} from '../command.js';

const UNITS: readonly TimelineUnit[] = ['year', 'quarter', 'month'];

export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'every dated event, optionally by year, quarter or month',
  usage: 'timeline [--from <date>] [--to <date>] [--by year|quarter|month] [--json]',
  description:
    'Lists meetings, document issue dates, and ranks and positions as reported, in date order. Dates are YYYY, YYYY-MM or YYYY-MM-DD (also quarters YYYY-33..36 and halves YYYY-40/41); an event is kept when its date overlaps the range. --by groups the events, every group of the range listed, empty ones too; an event whose date is coarser than the groups is listed under each group it spans, marked "(spans)".',
  options: {
    from: valueOption('date', 'events overlapping this date or later'),
    to: valueOption('date', 'events overlapping this date or earlier'),
    by: valueOption('unit', 'group by year, quarter or month'),
    ...commonOptions('print the events (grouped with --by) as JSON'),
  },
  run({ values }, output) {
    const by =
      values.by === undefined ? undefined : choice(values.by as string, UNITS, 'by', 'timeline');
    const range = { from: values.from as string | undefined, to: values.to as string | undefined };
    const events = timeline(range);
    const row = (event: TimelineEvent, note = '') => [
      event.date.edtf,
      event.kind,
      `${note}${event.label}`,
    ];
    const table = (rows: string[][]) => formatTable(['date', 'kind', 'event'], rows);
    if (by === undefined) {
      if (values.json) return printJson(output, events);
      output.out(table(events.map((event) => row(event))));
      return 0;
    }
    const buckets = groupTimeline(events, by, range);
    if (values.json) return printJson(output, buckets);
    const sections = buckets.map(
      (bucket) =>
        `${bucket.key}\n${table([...bucket.events.map((event) => row(event)), ...bucket.spanning.map((event) => row(event, '(spans) '))])}`,
    );
    output.out(sections.length > 0 ? sections.join('\n\n') : '(none)');
    return 0;
  },
};
