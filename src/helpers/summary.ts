import { type CollectionName, type Ids, perCollection } from '../core/collections.js';
import { compareSpans } from '../core/dates.js';
import { getOrMake } from '../core/group.js';
import { dateLabel, quantityLabel } from '../core/labels.js';
import { compareStrings } from '../core/text.js';
import { deepFreeze } from '../core/freeze.js';
import type { BundledIds } from '../generated/ids.js';
import type { Meeting, Metric } from '../schemas/collections.js';
import { type DatasetOption, helperOptions } from './common.js';
import { meetingsMatching } from './filters.js';
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
  /** The meeting's date, readable: "9 Feb 2023", "H2 2018", "2018". */
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
  /** The period the quantity covers, readable ("2024", "up to 15 Jan 2025"). */
  readonly period: string;
  /** The number as written and, in brackets, its English reading: "hơn 14.000 (more than 14,000 links)". */
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
  /** The meetings of each province (and of the places inside it), provinces by name, meetings earliest first. */
  readonly provinces: readonly {
    readonly place: string;
    readonly name: string;
    readonly meetings: readonly MeetingSummary[];
  }[];
  /** Every national-scope metric of a result of the coordination (not of a meeting's attendance), by period then indicator. */
  readonly headlineMetrics: readonly HeadlineMetric[];
  /** How many metrics are scoped to each province or smaller place: its id, its name and the count. */
  readonly localMetricCounts: readonly {
    readonly place: string;
    readonly name: string;
    readonly count: number;
  }[];
  /** The facts marked inferred, each with its reasoning (see `inferredFacts`). */
  readonly inferredCount: number;
  /** The facts that rest on cited pages alone, with no quote of a bundled text (see `citedOnlyFacts`). */
  readonly citedOnlyCount: number;
}

const SUMMARY = Symbol('summary');

/**
 * Summarises a dataset (the bundled one by default): counts per collection, the national
 * meetings in date order, each province's meetings, the national-scope results and how many
 * facts are inferred or rest on cited pages alone.
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
  return dataset.built(SUMMARY, () => {
    const labelOf = (metric: Metric<I>) =>
      dataset.find('indicators', metric.indicator)?.label ?? metric.indicator;
    const dateInferred = new Set(
      inferredFacts({ dataset, collection: 'meetings' })
        .filter((fact) => fact.field === 'date')
        .map((fact) => fact.id),
    );
    const summary = (meeting: Meeting<I>): MeetingSummary => ({
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      date: dateLabel(meeting.date.edtf),
      dateInferred: dateInferred.has(meeting.id),
      periodReviewed: meeting.periodReviewed ? dateLabel(meeting.periodReviewed.edtf) : null,
      coChairs: meeting.coChairs.map((id) => dataset.find('people', id)?.name ?? id),
      metricCount: meeting.metrics.length,
      sourceCount: meeting.sources.length,
    });
    const meetings = meetingsMatching(dataset, { level: 'national' }).map(summary);
    // Each local meeting (one with a place) under the province of its place and of each of its
    // sites, in date order: one pass over the meetings, not one per province.
    const provinceOf = (id: string | null) => {
      let place = id === null ? undefined : dataset.find('places', id);
      while (place !== undefined && place.level !== 'province')
        place = place.parent === null ? undefined : dataset.find('places', place.parent);
      return place;
    };
    const byProvince = new Map<string, Set<Meeting<I>>>();
    for (const meeting of meetingsMatching(dataset, {}))
      if (meeting.place !== null)
        for (const id of [meeting.place, ...meeting.sites.map((site) => site.place)]) {
          const province = provinceOf(id);
          if (province) getOrMake(byProvince, province.id, () => new Set()).add(meeting);
        }
    const provinces = dataset.places
      .filter((place) => place.level === 'province' && byProvince.has(place.id))
      .sort((a, b) => compareStrings(a.name, b.name))
      .map((place) => ({
        place: place.id as string,
        name: place.name,
        meetings: [...(byProvince.get(place.id) ?? [])].map(summary),
      }));
    // Results of the coordination: not the counts of a meeting's own sites and delegates.
    const attendance = (metric: Metric<I>) =>
      dataset.find('indicators', metric.indicator)?.category === 'attendance';
    const headlineMetrics = dataset.metrics
      .filter((metric) => metric.scope.level === 'national' && !attendance(metric))
      .sort((a, b) => compareSpans(a.period, b.period) || compareStrings(labelOf(a), labelOf(b)))
      .map((metric) => ({
        id: metric.id,
        meeting: metric.meeting,
        indicator: labelOf(metric),
        period: dateLabel(metric.period.edtf),
        quantity: quantityLabel(metric.quantity, metric.unit),
      }));
    // Counted by place id, in a Map: two places may share a name, and a name may be "__proto__".
    const local = new Map<string, number>();
    for (const metric of dataset.metrics)
      if (metric.scope.place !== null)
        local.set(metric.scope.place, (local.get(metric.scope.place) ?? 0) + 1);
    return deepFreeze({
      counts: perCollection((name) => dataset[name].length),
      meetings,
      provinces,
      headlineMetrics,
      localMetricCounts: [...local].map(([place, count]) => ({
        place,
        name: dataset.find('places', place)?.name ?? place,
        count,
      })),
      inferredCount: inferredFacts({ dataset }).length,
      citedOnlyCount: citedOnlyFacts({ dataset }).length,
    });
  });
}
