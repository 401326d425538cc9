import type { Ids } from '../../../../src/core/collections.js';
import { calendarYear, compareSpans } from '../../../../src/core/dates.js';
import { dateLabel } from '../../../../src/core/labels.js';
import { compareStrings } from '../../../../src/core/text.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, type CataloguePage } from '../catalogue-page.js';
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

/** A group of the metrics table: the figures of one calendar year, or those of periods over several years. */
interface YearGroup {
  readonly heading: string;
  readonly anchor: string;
  readonly metrics: Metric[];
}

/** The figures by the calendar year of their period, earliest first, then those whose period spans years or is open. */
function metricsByYear(metrics: readonly Metric[]): YearGroup[] {
  const years = new Map<string, Metric[]>();
  const several: Metric[] = [];
  for (const metric of metrics) {
    const year = calendarYear(metric.period);
    if (year === null) several.push(metric);
    else years.set(year, [...(years.get(year) ?? []), metric]);
  }
  return [
    ...[...years]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([year, list]) => ({ heading: year, anchor: `figures-${year}`, metrics: list })),
    ...(several.length === 0
      ? []
      : [
          {
            heading: 'Over several years',
            anchor: 'figures-over-several-years',
            metrics: several,
          },
        ]),
  ];
}

/**
 * The metrics page: the figures in a table per year (under headings to jump to, a list of the
 * years first), the chart of those that recur across years, then each quantity as written (in
 * the tables' order: by year, by period within it, then by indicator; headed by its label), its
 * bounds, what it counts, where and when, and its evidence.
 */
export function metricsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byPeriod = [...dataset.metrics].sort(
    (a, b) =>
      compareSpans(a.period, b.period) ||
      byText<Metric>((metric) => label('indicators', metric.indicator))(a, b),
  );
  const groups = metricsByYear(byPeriod);
  return {
    collection: 'metrics',
    title: 'Metrics',
    overview: [
      '## Figures by year',
      `The figures by the year of their period: ${groups.map((group) => `[${group.heading}](#${group.anchor}) (${group.metrics.length})`).join(', ')}.`,
      ...groups.flatMap((group) => [
        `### ${group.heading} {#${group.anchor}}`,
        table(
          ['Quantity as written', 'Period', 'Indicator', 'Scope', 'Meeting'],
          group.metrics.map((metric) => [
            recordLink(label, 'metrics', metric.id),
            `${dateLabel(metric.period.edtf)}${metric.cumulative ? ', cumulative' : ''}`,
            recordLink(label, 'indicators', metric.indicator),
            scopeText(label, metric.scope),
            recordLink(label, 'meetings', metric.meeting),
          ]),
        ),
      ]),
    ].join('\n\n'),
    charts:
      recurringFigures(dataset) === null
        ? []
        : [
            {
              file: 'recurring-figures',
              alt: 'The figures reported for two or more periods, by indicator',
              spec: (width: number) => {
                const spec = recurringFigures(dataset, width);
                if (spec === null) throw new Error('no figure recurs');
                return spec;
              },
            },
          ],
    sections: groups
      .flatMap((group) => group.metrics)
      .map((metric) => ({
        id: metric.id,
        heading: label('metrics', metric.id),
        names: [],
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
