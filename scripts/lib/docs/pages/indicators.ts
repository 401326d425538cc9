import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { indicatorSeries } from '../chart-specs.js';
import { keyFields, recordLinks, text } from '../markdown.js';

/** The indicators page: each indicator, its metrics, and its series chart with bounds as ranges. */
export function indicatorsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'indicators',
    title: 'Indicators',
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
          ['Label', text(indicator.label)],
          ['Unit', text(indicator.unit)],
          ['Description', text(indicator.description)],
          [
            'Metrics',
            recordLinks(
              'metrics',
              dataset.metrics
                .filter((metric) => metric.indicator === indicator.id)
                .map((metric) => metric.id),
            ),
          ],
        ]),
      };
    }),
  };
}
