import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { edtfLabel } from '../../../../src/core/dates.js';
import type { CataloguePage } from '../catalogue-page.js';
import {
  boundsText,
  conflictLinks,
  evidenceSources,
  evidenceText,
  inferredFields,
} from '../describe-values.js';
import { keyFields, quoted, recordLink, recordLinks, text } from '../markdown.js';

/** The metrics page: each quantity as written, its bounds, what it counts, where and when, and the quote that states it. */
export function metricsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'metrics',
    title: 'Metrics',
    charts: [],
    sections: dataset.metrics.map((metric) => ({
      id: metric.id,
      charts: [],
      body: keyFields([
        ['As reported', quoted(metric.quantity.asReported)],
        [
          'Quantity',
          `${metric.quantity.value ?? 'no number'} (${metric.quantity.qualifier}), bounds ${boundsText(metric.quantity)} ${text(metric.unit)}`,
        ],
        ['Counted', text(metric.counted)],
        ['Indicator', recordLink('indicators', metric.indicator)],
        ['Meeting', recordLink('meetings', metric.meeting)],
        ['Period', `${edtfLabel(metric.period.edtf)}${metric.cumulative ? ', cumulative' : ''}`],
        [
          'Scope',
          `${metric.scope.level}${metric.scope.place === null ? '' : `: ${recordLink('places', metric.scope.place)}`}`,
        ],
        [
          'Credited to',
          metric.actors.length > 0
            ? recordLinks('organizations', metric.actors)
            : metric.actorsAsReported === null
              ? undefined
              : quoted(metric.actorsAsReported),
        ],
        [
          'Written together with',
          metric.group === null
            ? undefined
            : recordLinks(
                'metrics',
                dataset.metrics
                  .filter((other) => other.group === metric.group && other.id !== metric.id)
                  .map((other) => other.id),
              ),
        ],
        ['Evidence', metric.evidence.map(evidenceText).join('; ')],
        ['Sources', evidenceSources(metric.evidence)],
        ['Inferred', inferredFields(metric)],
        ['Conflicts', conflictLinks(dataset, 'metrics', metric.id)],
      ]),
    })),
  };
}
