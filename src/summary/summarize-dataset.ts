import { COLLECTION_NAMES } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import { datasetArgument } from '../helpers/internal/dataset-argument.js';
import { optionsArgument } from '../helpers/internal/options-argument.js';
import { compareDateBounds } from '../lib/compare-dates.js';
import { edtfLabel } from '../lib/edtf.js';
import type { CollectionName } from '../schemas/conflict.js';

/**
 * One meeting as the summary lists it.
 *
 * @example
 * ```ts
 * import { summarizeDataset, type MeetingSummary } from 'mnd-mps-coordination';
 * const first: MeetingSummary | undefined = summarizeDataset().meetings[0];
 * ```
 * @category Records
 */
export interface MeetingSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  /** The meeting's date, readable: "2023-02-09", "2018". */
  readonly date: string;
  readonly dateInferred: boolean;
  /** The period reviewed, readable ("Q3 2018", "H1 2021", "2022"), or null. */
  readonly periodReviewed: string | null;
  /** Names of the co-chairs or presiders. */
  readonly coChairs: readonly string[];
  readonly metricCount: number;
  readonly sourceCount: number;
}

/**
 * One national-scope quantity as the summary lists it.
 *
 * @example
 * ```ts
 * import { summarizeDataset, type HeadlineMetric } from 'mnd-mps-coordination';
 * const lines = summarizeDataset().headlineMetrics.map((metric: HeadlineMetric) => `${metric.period}: ${metric.quantity}`);
 * ```
 * @category Records
 */
export interface HeadlineMetric {
  readonly id: string;
  readonly meeting: string;
  readonly indicator: string;
  /** The period the quantity covers, readable ("2024", "up to 2025-01-15"). */
  readonly period: string;
  /** The number as written, with its unit: "more than 13,000 links". */
  readonly quantity: string;
}

/**
 * A short account of a dataset: what `npm start` and `mnd-mps summary` print.
 *
 * @example
 * ```ts
 * import { summarizeDataset, type DatasetSummary } from 'mnd-mps-coordination';
 * const summary: DatasetSummary = summarizeDataset();
 * console.log(summary.counts.meetings);
 * ```
 * @category Records
 */
export interface DatasetSummary {
  /** Records per collection. */
  readonly counts: Readonly<Record<CollectionName, number>>;
  /** Every meeting, earliest first. */
  readonly meetings: readonly MeetingSummary[];
  /** Every national-scope metric, by period then indicator. */
  readonly headlineMetrics: readonly HeadlineMetric[];
  /** Metrics scoped to a province or smaller area, by area. */
  readonly localMetricCounts: Readonly<Record<string, number>>;
  /** Facts marked inferred (dates, periods, scopes, sites, and recorded inferences), not counting claims' asOf, which repeat their meeting's date. */
  readonly inferredCount: number;
}

function countInferred(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const own = !Array.isArray(value) && (value as { basis?: unknown }).basis === 'inferred' ? 1 : 0;
  const recorded = Array.isArray((value as { inferences?: unknown }).inferences)
    ? (value as { inferences: unknown[] }).inferences.length
    : 0;
  return (
    own +
    recorded +
    Object.entries(value).reduce(
      (total, [key, inner]) =>
        key === 'inferences' || key === 'asOf' ? total : total + countInferred(inner),
      0,
    )
  );
}

/**
 * Summarises a dataset (the bundled one by default): counts per collection, the meetings in date
 * order, the national-scope metrics and how many facts are inferred.
 *
 * @example
 * ```ts
 * import { summarizeDataset } from 'mnd-mps-coordination';
 * const { meetings } = summarizeDataset();
 * console.log(meetings.map((meeting) => `${meeting.date} ${meeting.id}`).join('\n'));
 * ```
 * @category Records
 */
export function summarizeDataset(options?: { readonly dataset?: Dataset }): DatasetSummary {
  const dataset = datasetArgument(optionsArgument(options).dataset);
  const names = new Map(dataset.people.map((person) => [person.id, person.name]));
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  const meetings = [...dataset.meetings]
    .sort((a, b) => compareDateBounds(a.date, b.date) || a.id.localeCompare(b.id))
    .map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      date: edtfLabel(meeting.date.edtf),
      dateInferred: meeting.date.basis !== 'stated',
      periodReviewed: meeting.periodReviewed ? edtfLabel(meeting.periodReviewed.edtf) : null,
      coChairs: meeting.coChairs.map((id) => names.get(id) ?? id),
      metricCount: meeting.metrics.length,
      sourceCount: meeting.sources.length,
    }));
  const headlineMetrics = dataset.metrics
    .filter((metric) => metric.scope.level === 'national')
    .sort(
      (a, b) =>
        compareDateBounds(a.period, b.period) ||
        (indicators.get(a.indicator)?.label ?? a.indicator).localeCompare(
          indicators.get(b.indicator)?.label ?? b.indicator,
        ),
    )
    .map((metric) => ({
      id: metric.id,
      meeting: metric.meeting,
      indicator: indicators.get(metric.indicator)?.label ?? metric.indicator,
      period: edtfLabel(metric.period.edtf),
      quantity: `${metric.quantity.asReported} ${metric.unit}`,
    }));
  const localMetricCounts: Record<string, number> = {};
  for (const metric of dataset.metrics) {
    if (metric.scope.area !== null)
      localMetricCounts[metric.scope.area] = (localMetricCounts[metric.scope.area] ?? 0) + 1;
  }
  const counts = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, dataset[name].length]),
  ) as Record<CollectionName, number>;
  const inferredCount = COLLECTION_NAMES.reduce(
    (total, name) => total + countInferred(dataset[name]),
    0,
  );
  return { counts, meetings, headlineMetrics, localMetricCounts, inferredCount };
}
