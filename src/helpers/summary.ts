import {
  COLLECTION_NAMES,
  type CollectionName,
  type Ids,
  perCollection,
} from '../core/collections.js';
import { compareSpans, compareStrings, edtfLabel } from '../core/dates.js';
import { findIn } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Metric } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';
import { filterMeetings, meetingsDatedByInference } from './meeting-filter.js';
import { citedOnlyFacts, inferredFacts } from './provenance.js';

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
  /** Every national meeting, earliest first. */
  readonly meetings: readonly MeetingSummary[];
  /** Every national-scope metric, by period then indicator. */
  readonly headlineMetrics: readonly HeadlineMetric[];
  /** Metrics scoped to a province or smaller area, by area. */
  readonly localMetricCounts: Readonly<Record<string, number>>;
  /** The facts marked inferred, each with its reasoning (see `inferredFacts`). */
  readonly inferredCount: number;
  /** The facts that rest on cited pages alone, with no quote of a bundled text (see `citedOnlyFacts`). */
  readonly citedOnlyCount: number;
}

const countBy = (keys: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};

/**
 * Summarises a dataset (the bundled one by default): counts per collection, the national
 * meetings in date order, the national-scope metrics and how many facts are inferred.
 *
 * @example
 * ```ts
 * import { summarizeDataset } from 'mnd-mps-coordination';
 * const { meetings } = summarizeDataset();
 * console.log(meetings.map((meeting) => `${meeting.date} ${meeting.id}`).join('\n'));
 * ```
 * @category Records
 */
export function summarizeDataset<I extends Ids = BundledIds>(
  options?: DatasetOption<I>,
): DatasetSummary {
  const { dataset } = helperOptions(options);
  const labelOf = (metric: Metric<I>) =>
    findIn(dataset, 'indicators', metric.indicator)?.label ?? metric.indicator;
  const dateInferred = meetingsDatedByInference(dataset);
  const meetings = filterMeetings(dataset, { level: 'national' }).map((meeting) => ({
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    date: edtfLabel(meeting.date.edtf),
    dateInferred: dateInferred.has(meeting.id),
    periodReviewed: meeting.periodReviewed ? edtfLabel(meeting.periodReviewed.edtf) : null,
    coChairs: meeting.coChairs.map((id) => findIn(dataset, 'people', id)?.name ?? id),
    metricCount: meeting.metrics.length,
    sourceCount: meeting.sources.length,
  }));
  const headlineMetrics = dataset.metrics
    .filter((metric) => metric.scope.level === 'national')
    .sort((a, b) => compareSpans(a.period, b.period) || compareStrings(labelOf(a), labelOf(b)))
    .map((metric) => ({
      id: metric.id,
      meeting: metric.meeting,
      indicator: labelOf(metric),
      period: edtfLabel(metric.period.edtf),
      quantity: `${metric.quantity.asReported} ${metric.unit}`,
    }));
  const counts = perCollection((name) => dataset[name].length);
  const localMetricCounts = countBy(
    dataset.metrics.flatMap((metric) =>
      metric.scope.place === null
        ? []
        : [findIn(dataset, 'places', metric.scope.place)?.name ?? metric.scope.place],
    ),
  );
  return {
    counts,
    meetings,
    headlineMetrics,
    localMetricCounts,
    inferredCount: inferredFacts({ dataset }).length,
    citedOnlyCount: citedOnlyFacts({ dataset }).length,
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Renders a {@link DatasetSummary} as the plain-text report `npm start` prints.
 *
 * @example
 * ```ts
 * import { formatSummary, summarizeDataset } from 'mnd-mps-coordination';
 * console.log(formatSummary(summarizeDataset()));
 * ```
 * @category Records
 */
export function formatSummary(summary: DatasetSummary): string {
  /** Values padded to the widest of them, to print as a column. */
  const column = (values: readonly string[]) => {
    const width = Math.max(0, ...values.map((value) => value.length));
    return values.map((value) => value.padEnd(width));
  };
  const { counts, meetings, headlineMetrics } = summary;
  const dates = column(
    meetings.map((meeting) => `${meeting.date}${meeting.dateInferred ? '*' : ''}`),
  );
  const ids = column(meetings.map((meeting) => meeting.id));
  const periods = column(headlineMetrics.map((metric) => metric.period));
  const labels = column(headlineMetrics.map((metric) => metric.indicator));
  const local = Object.entries(summary.localMetricCounts).map(
    ([area, count]) => `${count} for ${area}`,
  );
  return [
    "mnd-mps-coordination: coordination between Vietnam's Ministry of National Defence and Ministry of Public Security",
    '',
    `Records: ${COLLECTION_NAMES.map((name) => `${counts[name]} ${name}`).join(', ')}`,
    '',
    'National meetings, earliest first (* = date inferred):',
    ...meetings.map(
      (meeting, index) =>
        `  ${dates[index]}  ${ids[index]}  ${meeting.periodReviewed ? `reviews ${meeting.periodReviewed}` : 'no period reviewed'}; chaired by ${meeting.coChairs.join(' and ') || 'unknown'}; ${plural(meeting.metricCount, 'metric')}; ${plural(meeting.sourceCount, 'source')}`,
    ),
    '',
    'Headline metrics (national scope):',
    ...(headlineMetrics.length === 0
      ? ['  (none)']
      : headlineMetrics.map(
          (metric, index) => `  ${periods[index]}  ${labels[index]}  ${metric.quantity}`,
        )),
    '',
    `Local metrics: ${local.join(', ') || 'none'}.`,
    `Inferred facts (each with its reasoning): ${summary.inferredCount}. Facts resting on cited pages alone (no quote of a bundled text): ${summary.citedOnlyCount}. Recorded conflicts between or within sources: ${counts.conflicts}.`,
  ].join('\n');
}
