import { edtfLabel } from '../../core/dates.js';
import { closestMatches, searchKey } from '../../core/text.js';
import { filterMetrics } from '../../helpers/metric-filter.js';
import { bundled } from '../../bundled.js';
import {
  cellWidth,
  type Command,
  printJson,
  stringOption,
  commonOptions,
  formatTable,
  UsageError,
} from '../command.js';
import { compareSpans, compareStrings } from '../../core/dates.js';

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'the quantities reported at the meetings',
  usage: 'metrics [--indicator <id>] [--scope national|<area>] [--json]',
  description:
    'Lists the metrics, by period, with the quantity as written and its unit. --indicator keeps one indicator (e.g. links-removed); --scope keeps national metrics or those of a named area (e.g. "Quang Ninh"); both ignore case and diacritics.',
  options: {
    indicator: stringOption('id', 'only this indicator (an id such as links-removed)'),
    scope: stringOption(
      'area',
      'only "national" metrics, or those of an area such as "Quang Ninh"',
    ),
    ...commonOptions('print the metric records as JSON'),
  },
  positionals: [],
  run({ values }, output) {
    const scope = values.scope as string | undefined;
    const national = scope !== undefined && searchKey(scope) === 'national';
    const areas = [
      ...new Set(
        bundled.metrics.flatMap((metric) =>
          metric.scope.area === null ? [] : [metric.scope.area],
        ),
      ),
    ].sort();
    if (
      scope !== undefined &&
      !national &&
      !areas.some((area) => searchKey(area) === searchKey(scope))
    ) {
      const close = closestMatches(searchKey(scope), areas.map(searchKey)).map((key) =>
        areas.find((area) => searchKey(area) === key),
      );
      throw new UsageError(
        `no metric has the scope ${JSON.stringify(scope)}; scopes are national, ${areas.join(', ')}${close[0] ? `. Did you mean "${close[0]}"?` : ''}`,
        'metrics',
      );
    }
    const metrics = filterMetrics(bundled, {
      indicator: values.indicator,
      ...(national ? { level: 'national' } : { area: scope }),
    }).sort((a, b) => compareSpans(a.period, b.period) || compareStrings(a.id, b.id));
    if (values.json) return printJson(output, metrics);
    const rows = metrics.map((metric) => [
      edtfLabel(metric.period.edtf),
      metric.scope.area ?? metric.scope.level,
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
