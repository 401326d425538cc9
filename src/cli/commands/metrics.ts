import { bundledDataset } from '../../dataset/bundled-dataset.js';
import { filterMetrics } from '../../helpers/internal/metric-filter.js';
import { compareDateBounds } from '../../lib/compare-dates.js';
import { edtfLabel } from '../../lib/edtf.js';
import { closestMatches } from '../../lib/closest.js';
import { searchKey } from '../../helpers/internal/search-ranking.js';
import { type Command, commonOptions, UsageError } from '../command.js';
import { formatTable, terminalCellWidth } from '../format-table.js';

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'the quantities reported at the meetings',
  usage: 'metrics [--indicator <id>] [--scope national|<area>] [--json]',
  description:
    'Lists the metrics, by period, with the quantity as written and its unit. --indicator keeps one indicator (e.g. links-removed); --scope keeps national metrics or those of a named area (e.g. "Quang Ninh").',
  options: {
    indicator: {
      type: 'string',
      valueName: 'id',
      description: 'only this indicator (an id such as links-removed)',
    },
    scope: {
      type: 'string',
      valueName: 'area',
      description: 'only "national" metrics, or those of an area such as "Quang Ninh"',
    },
    ...commonOptions('print the metric records as JSON'),
  },
  positionals: [],
  run({ values }, output) {
    const scope = values.scope as string | undefined;
    const areas = [
      ...new Set(
        bundledDataset.metrics.flatMap((metric) =>
          metric.scope.area === null ? [] : [metric.scope.area],
        ),
      ),
    ].sort();
    if (
      scope !== undefined &&
      scope !== 'national' &&
      !areas.some((area) => searchKey(area) === searchKey(scope))
    ) {
      const close = closestMatches(searchKey(scope), areas.map(searchKey)).map(
        (key) => areas.find((area) => searchKey(area) === key) as string,
      );
      throw new UsageError(
        `no metric has the scope "${scope}"; scopes are national, ${areas.join(', ')}${close.length > 0 ? `. Did you mean "${close[0]}"?` : ''}`,
        'metrics',
      );
    }
    const metrics = filterMetrics(bundledDataset, {
      ...(values.indicator === undefined ? {} : { indicator: values.indicator as string }),
      ...(scope === undefined
        ? {}
        : scope === 'national'
          ? { level: 'national' as const }
          : { area: scope }),
    }).sort((a, b) => compareDateBounds(a.period, b.period) || a.id.localeCompare(b.id));
    if (values.json) {
      output.out(JSON.stringify(metrics, null, 2));
      return 0;
    }
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
        terminalCellWidth(),
      ),
    );
    return 0;
  },
};
