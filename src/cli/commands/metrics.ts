import { dateLabel } from '../../core/labels.js';
import { closestMatches, searchKey } from '../../core/text.js';
import { filterMetrics } from '../../helpers/metric-filter.js';
import { bundled } from '../../bundled.js';
import type { Place } from '../../schemas/collections.js';
import {
  cellWidth,
  type Command,
  printJson,
  valueOption,
  commonOptions,
  formatTable,
  UsageError,
} from '../command.js';
import { compareSpans } from '../../core/dates.js';
import { compareStrings } from '../../core/text.js';

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'the quantities reported at the meetings',
  usage: 'metrics [--indicator <id>] [--scope national|<place>] [--json]',
  description:
    'Lists the metrics, by period, with the quantity as written and its unit. --indicator keeps one indicator (e.g. links-removed); --scope keeps national metrics, or those of a place and the places inside it (e.g. "Quang Ninh", "Nghệ An" or nghe-an), ignoring case and diacritics.',
  options: {
    indicator: valueOption('id', 'only this indicator (an id such as links-removed)'),
    scope: valueOption(
      'place',
      'only "national" metrics, or those of a place such as "Quang Ninh"',
    ),
    ...commonOptions('print the metric records as JSON'),
  },
  positionals: [],
  run({ values }, output) {
    const scope = values.scope as string | undefined;
    const national = scope !== undefined && searchKey(scope) === 'national';
    // A place is named by its id or any of its names, without regard to case or diacritics.
    const names = (place: Place) => [
      place.id,
      place.name,
      place.vietnameseName ?? '',
      ...place.otherNames,
    ];
    const place =
      scope === undefined || national
        ? undefined
        : bundled.places.find((candidate) =>
            names(candidate).some((name) => searchKey(name) === searchKey(scope)),
          );
    if (scope !== undefined && !national && !place) {
      const scoped = bundled.places.filter((candidate) =>
        bundled.metrics.some((metric) => metric.scope.place === candidate.id),
      );
      const close = closestMatches(
        searchKey(scope),
        bundled.places.map((candidate) => searchKey(candidate.name)),
      );
      const suggestion = bundled.places.find((candidate) => searchKey(candidate.name) === close[0]);
      throw new UsageError(
        `no place is named ${JSON.stringify(scope)}; metrics are scoped national or to ${scoped.map((candidate) => candidate.name).join(', ')}${suggestion ? `. Did you mean "${suggestion.name}"?` : ''}`,
        'metrics',
      );
    }
    const metrics = [
      ...filterMetrics({
        indicator: values.indicator as never,
        ...(national ? { level: 'national' as const } : { place: place?.id as never }),
      }),
    ].sort((a, b) => compareSpans(a.period, b.period) || compareStrings(a.id, b.id));
    if (values.json) return printJson(output, metrics);
    const rows = metrics.map((metric) => [
      dateLabel(metric.period.edtf),
      metric.scope.place === null
        ? metric.scope.level
        : bundled.get('places', metric.scope.place).name,
      metric.indicator,
      `${metric.quantity.asReported} ${metric.unit}`,
      metric.meeting,
    ]);
    output.out(
      formatTable(
        ['period', 'scope', 'indicator', 'quantity as written', 'meeting'],
        rows,
        cellWidth(),
      ),
    );
    return 0;
  },
};
