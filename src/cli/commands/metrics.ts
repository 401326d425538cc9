import { bundled } from '../../bundled.js';
import { compareSpans } from '../../core/dates.js';
import { dateLabel, quantityLabel } from '../../core/labels.js';
import { compareStrings } from '../../core/text.js';
import { filterMetrics, METRIC_FILTER_KEYS } from '../../helpers/filters.js';
import {
  type Command,
  commonOptions,
  filterFrom,
  filterOptions,
  formatTable,
  printJson,
} from '../command.js';

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'the quantities reported at the meetings, filtered as filterMetrics filters them',
  usage:
    'metrics [--indicator <id>] [--category <category>] [--meeting <id>] [--level <level>] [--place <place>] [--cumulative true|false] [--from <date>] [--to <date>] [--quoted-only] [--json]',
  description:
    'Lists the metrics by period, each with its scope, indicator, the quantity as reported and its English reading, and its meeting. Every option narrows the list, as the same option of filterMetrics does: --level national keeps nationwide figures, --place those of a place and the places inside it (an id or a name such as "Quang Ninh" or "Nghệ An", case and diacritics ignored).',
  options: {
    ...filterOptions({
      indicator: ['id', 'only this indicator (an id such as links-removed)'],
      category: ['category', 'crime, cyberspace, protection, border-and-sea, ...'],
      meeting: ['id', 'only the metrics of this meeting'],
      level: ['level', 'national, province, district or commune'],
      place: ['place', 'only those of this place or a place inside it (an id or a name)'],
      cumulative: ['true|false', 'only running totals (true) or counts within a period (false)'],
      from: ['date', 'metrics whose period reaches this date or later'],
      to: ['date', 'metrics whose period reaches back to this date or earlier'],
      quotedOnly: ['', 'only metrics a quote of a bundled text states'],
    }),
    ...commonOptions('print the metric records as JSON'),
  },
  run({ values }, output) {
    const metrics = [...filterMetrics(filterFrom(values, METRIC_FILTER_KEYS, 'metrics'))].sort(
      (a, b) => compareSpans(a.period, b.period) || compareStrings(a.id, b.id),
    );
    if (values.json) return printJson(output, metrics);
    const rows = metrics.map((metric) => [
      dateLabel(metric.period.edtf),
      metric.scope.place === null
        ? metric.scope.level
        : bundled.get('places', metric.scope.place).name,
      metric.indicator,
      quantityLabel(metric.quantity, metric.unit),
      metric.meeting,
    ]);
    output.out(formatTable(['period', 'scope', 'indicator', 'quantity', 'meeting'], rows));
    return 0;
  },
};
