import type { Ids } from '../../../../src/core/collections.js';
import { compareSpans } from '../../../../src/core/dates.js';
import { dateLabel } from '../../../../src/core/labels.js';
import { compareStrings } from '../../../../src/core/text.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { recurringFigures } from '../chart-specs.js';
import {
  boundsText,
  citedOnlyFacts,
  conflictLinks,
  evidenceText,
  inferredFields,
} from '../describe-values.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, quoted, recordLink, recordLinks, table, text } from '../markdown.js';

type Metric = Dataset<Ids>['metrics'][number];

/** Where a figure was counted: "national", or the level and the place: "province: Quang Ninh". */
function scopeText(label: RecordLabel, scope: Metric['scope']): string {
  return scope.place === null
    ? scope.level
    : `${scope.level}: ${recordLink(label, 'places', scope.place)}`;
}

/** The metrics page: a table of the figures by period, the chart of those that recur across years, then each quantity as written, its bounds, what it counts, where and when, and its evidence. */
export function metricsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byPeriod = [...dataset.metrics].sort(
    (a, b) => compareSpans(a.period, b.period) || compareStrings(a.indicator, b.indicator),
  );
  const recurring = recurringFigures(dataset);
  return {
    collection: 'metrics',
    title: 'Metrics',
    overview: table(
      ['Quantity as written', 'Period', 'Indicator', 'Scope', 'Meeting'],
      byPeriod.map((metric) => [
        recordLink(label, 'metrics', metric.id),
        `${dateLabel(metric.period.edtf)}${metric.cumulative ? ', cumulative' : ''}`,
        recordLink(label, 'indicators', metric.indicator),
        scopeText(label, metric.scope),
        recordLink(label, 'meetings', metric.meeting),
      ]),
    ),
    charts:
      recurring === null
        ? []
        : [
            {
              file: 'recurring-figures',
              alt: 'The figures reported for two or more periods, by indicator',
              spec: recurring,
            },
          ],
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
        ['Indicator', recordLink(label, 'indicators', metric.indicator)],
        ['Meeting', recordLink(label, 'meetings', metric.meeting)],
        ['Period', `${dateLabel(metric.period.edtf)}${metric.cumulative ? ', cumulative' : ''}`],
        ['Scope', scopeText(label, metric.scope)],
        [
          'Credited to',
          metric.actors.length > 0
            ? recordLinks(label, 'organizations', metric.actors)
            : metric.actorsAsReported === null
              ? undefined
              : quoted(metric.actorsAsReported),
        ],
        [
          'Written together with',
          metric.group === null
            ? undefined
            : recordLinks(
                label,
                'metrics',
                dataset.metrics
                  .filter((other) => other.group === metric.group && other.id !== metric.id)
                  .map((other) => other.id),
              ),
        ],
        ['Evidence', metric.evidence.map((item) => evidenceText(label, item))],
        ['Rests on cited pages only', citedOnlyFacts(label, 'metrics', metric)],
        ['Inferred', inferredFields(metric)],
        ['Conflicts', conflictLinks(dataset, label, 'metrics', metric.id)],
      ]),
    })),
  };
}
