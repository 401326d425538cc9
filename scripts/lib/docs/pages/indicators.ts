import type { Ids } from '../../../../src/core/collections.js';
import { dateLabel } from '../../../../src/core/labels.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, type CataloguePage } from '../catalogue-page.js';
import { CHART_WIDTHS, indicatorSeries } from '../chart-specs.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, recordLink, table, text } from '../markdown.js';

/** The indicators page: a table of the indicators by name, then each indicator, its metrics, and its series chart with bounds as ranges. */
export function indicatorsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const metricsOf = (id: string) => dataset.metrics.filter((metric) => metric.indicator === id);
  const byName = [...dataset.indicators].sort(byText((indicator) => indicator.label));
  return {
    collection: 'indicators',
    title: 'Indicators',
    overview: table(
      ['Indicator', 'Unit', 'Category', 'Periods reported'],
      byName.map((indicator) => [
        recordLink(label, 'indicators', indicator.id),
        text(indicator.unit),
        indicator.category,
        [...new Set(metricsOf(indicator.id).map((metric) => dateLabel(metric.period.edtf)))].join(
          ', ',
        ) || 'none',
      ]),
    ),
    charts: [],
    sections: byName.map((indicator) => {
      const drawn = (width: number) => indicatorSeries(dataset, indicator, width);
      return {
        id: indicator.id,
        heading: label('indicators', indicator.id),
        names: [indicator.label],
        charts:
          drawn(CHART_WIDTHS.narrow) === null
            ? []
            : [
                {
                  file: `indicator-${indicator.id}`,
                  alt: `${indicator.label}: the reported values and their bounds`,
                  spec: (width: number) => {
                    const spec = drawn(width);
                    if (spec === null) throw new Error(`${indicator.id} has no series to draw`);
                    return spec;
                  },
                },
              ],
        body: keyFields([
          ['Unit', text(indicator.unit)],
          ['Description', text(indicator.description)],
          [
            'Metrics',
            metricsOf(indicator.id).map((metric) => recordLink(label, 'metrics', metric.id)),
          ],
        ]),
      };
    }),
  };
}
