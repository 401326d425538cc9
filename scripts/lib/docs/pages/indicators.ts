import type { Ids } from '../../../../src/core/collections.js';
import { dateLabel } from '../../../../src/core/labels.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { indicatorSeries } from '../chart-specs.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, recordLink, table, text } from '../markdown.js';

/** The indicators page: a table of the indicators, then each indicator, its metrics, and its series chart with bounds as ranges. */
export function indicatorsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const metricsOf = (id: string) => dataset.metrics.filter((metric) => metric.indicator === id);
  return {
    collection: 'indicators',
    title: 'Indicators',
    overview: table(
      ['Indicator', 'Unit', 'Category', 'Periods reported'],
      dataset.indicators.map((indicator) => [
        recordLink(label, 'indicators', indicator.id),
        text(indicator.unit),
        indicator.category,
        [...new Set(metricsOf(indicator.id).map((metric) => dateLabel(metric.period.edtf)))].join(
          ', ',
        ) || 'none',
      ]),
    ),
    charts: [],
    sections: dataset.indicators.map((indicator) => {
      const spec = indicatorSeries(dataset, indicator);
      return {
        id: indicator.id,
        charts:
          spec === null
            ? []
            : [
                {
                  file: `indicator-${indicator.id}`,
                  alt: `${indicator.label}: the reported values and their bounds`,
                  spec,
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
