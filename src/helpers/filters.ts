import type { Ids } from '../core/collections.js';
import { compareSpans, dateBounds, type DateInput, overlaps } from '../core/dates.js';
import { isQuoted } from '../core/evidence.js';
import { aBoolean, oneOf } from '../core/options.js';
import { compareStrings } from '../core/text.js';
import { INDICATOR_CATEGORIES, MEETING_KINDS, SCOPE_LEVELS } from '../core/vocabulary.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Indicator, Meeting, Metric } from '../schemas/collections.js';
import {
  type DatasetOption,
  frozenGroups,
  helperOptions,
  NONE,
  optionalId,
  quotedOnlyIn,
  where,
} from './common.js';
import { placeIdsWithin } from './places.js';

/**
 * Which meetings to take: every condition given must hold. {@link filterMeetings} applies it, and
 * {@link meetingStats} and {@link coChairPairs} take it as options.
 *
 * @example
 * ```ts
 * import { filterMeetings, type MeetingFilter } from 'mnd-mps-coordination';
 * const filter: MeetingFilter = { from: '2021', level: 'national' };
 * filterMeetings(filter).map((meeting) => meeting.id);
 * ```
 * @category Aggregations
 */
export interface MeetingFilter<I extends Ids = BundledIds> {
  /** Meetings whose date overlaps this date or later. */
  readonly from?: DateInput;
  /** Meetings whose date overlaps this date or earlier. */
  readonly to?: DateInput;
  readonly kind?: Meeting['kind'];
  readonly level?: Meeting['level'];
  /** Meetings this person chaired or attended. */
  readonly person?: I['people'];
  /** Meetings that implement or review this document. */
  readonly document?: I['documents'];
  /** Meetings held in this place or a place inside it, or with a site there. */
  readonly place?: I['places'];
  /** Only meetings that a quote of a bundled text reports (not those known from cited pages alone). */
  readonly quotedOnly?: boolean;
}

/** The keys of {@link MeetingFilter}, for checking options. */
export const MEETING_FILTER_KEYS = [
  'from',
  'to',
  'kind',
  'level',
  'person',
  'document',
  'place',
  'quotedOnly',
] as const;

/** Everyone a meeting names: co-chairs, site chairs and participants, each once. */
const namedAt = <I extends Ids>(meeting: Meeting<I>): I['people'][] => [
  ...new Set([
    ...meeting.coChairs,
    ...meeting.sites.flatMap((site) => site.chairs),
    ...meeting.participants.flatMap((participant) => participant.person ?? []),
  ]),
];

const PEOPLE_AT = Symbol('people at each meeting');

/** Everyone a meeting of the dataset names (co-chairs, site chairs, participants), each once: worked out once per dataset. */
export const peopleAt = <I extends Ids>(dataset: Dataset<I>, meeting: Meeting<I>) =>
  dataset
    .built(PEOPLE_AT, (all) => new Map(all.meetings.map((each) => [each, namedAt(each)])))
    .get(meeting) ?? namedAt(meeting);

const IN_ORDER = Symbol('meetings by date');
const BY_PERSON = Symbol('meetings by person');

/** A dataset's meetings, earliest first (then by id): sorted once. */
const inOrder = <I extends Ids>(dataset: Dataset<I>) =>
  dataset.built(IN_ORDER, (all) =>
    Object.freeze(
      [...all.meetings].sort((a, b) => compareSpans(a.date, b.date) || compareStrings(a.id, b.id)),
    ),
  );

/** Each person's meetings, earliest first: indexed once. */
const byPerson = <I extends Ids>(dataset: Dataset<I>) =>
  dataset.built(BY_PERSON, (all) =>
    frozenGroups(inOrder(all), (meeting) => peopleAt(all, meeting)),
  );

/**
 * The meetings that pass a filter, earliest first (then by id). Each option narrows the result;
 * none means every meeting. The list is frozen: copy it to sort it otherwise.
 *
 * @throws {@link InvalidArgumentError} for an option that is not one, a value of the wrong kind
 * or a range that ends before it starts, and {@link UnknownIdError} for an unknown person,
 * document or place.
 * @example
 * ```ts
 * import { filterMeetings } from 'mnd-mps-coordination';
 * for (const meeting of filterMeetings({ person: 'tran-quoc-to', from: '2022' })) console.log(meeting.date.edtf, meeting.title);
 * ```
 * @category Aggregations
 */
export function filterMeetings<I extends Ids = BundledIds>(
  options?: MeetingFilter<I> & DatasetOption<I>,
): readonly Meeting<I>[] {
  const given = helperOptions(options, MEETING_FILTER_KEYS);
  return meetingsMatching(given.dataset, given);
}

/** The meetings of a dataset that pass a filter (its values not yet checked), earliest first. */
export function meetingsMatching<I extends Ids>(
  dataset: Dataset<I>,
  filter: { readonly [K in (typeof MEETING_FILTER_KEYS)[number]]?: unknown },
): readonly Meeting<I>[] {
  const bounds = dateBounds(filter.from, filter.to);
  const kind = filter.kind === undefined ? undefined : oneOf(filter.kind, MEETING_KINDS, 'kind');
  const level = filter.level === undefined ? undefined : oneOf(filter.level, SCOPE_LEVELS, 'level');
  const person = optionalId(dataset, 'people', filter.person, 'person');
  const document = optionalId(dataset, 'documents', filter.document, 'document');
  const places =
    filter.place === undefined ? undefined : placeIdsWithin(dataset, filter.place, 'place');
  const inPlace = (id: string | null) => places === undefined || (id !== null && places.has(id));
  const quotedOnly = quotedOnlyIn(filter.quotedOnly);
  // Start from the person's meetings (indexed) when a person is asked for, not from every meeting.
  const candidates =
    person === undefined ? inOrder(dataset) : (byPerson(dataset).get(person) ?? []);
  const open = bounds.earliest === null && bounds.latest === null;
  return where(candidates, [
    !open && ((meeting) => overlaps(meeting.date, bounds)),
    kind !== undefined && ((meeting) => meeting.kind === kind),
    level !== undefined && ((meeting) => meeting.level === level),
    document !== undefined && ((meeting) => meeting.documents.includes(document)),
    places !== undefined &&
      ((meeting) => inPlace(meeting.place) || meeting.sites.some((site) => inPlace(site.place))),
    quotedOnly && ((meeting) => isQuoted(meeting.evidence)),
  ]);
}

/**
 * Which metrics to take: every condition given must hold. {@link filterMetrics} applies it, and
 * {@link metricSeries} and {@link aggregateMetrics} take it as options.
 *
 * @example
 * ```ts
 * import { filterMetrics, type MetricFilter } from 'mnd-mps-coordination';
 * const filter: MetricFilter = { place: 'quang-ninh', cumulative: false };
 * filterMetrics(filter).length;
 * ```
 * @category Aggregations
 */
export interface MetricFilter<I extends Ids = BundledIds> {
  readonly indicator?: I['indicators'];
  readonly category?: Indicator['category'];
  readonly meeting?: I['meetings'];
  readonly level?: Metric['scope']['level'];
  /** Metrics scoped to this place or to a place inside it (a commune of a province's district). */
  readonly place?: I['places'];
  readonly cumulative?: boolean;
  /** Metrics whose period overlaps this date or later. */
  readonly from?: DateInput;
  /** Metrics whose period overlaps this date or earlier. */
  readonly to?: DateInput;
  /** Only metrics that a quote of a bundled text states (not those that rest on cited pages alone). */
  readonly quotedOnly?: boolean;
}

/** The keys of {@link MetricFilter}, for checking options. */
export const METRIC_FILTER_KEYS = [
  'indicator',
  'category',
  'meeting',
  'level',
  'place',
  'cumulative',
  'from',
  'to',
  'quotedOnly',
] as const;

const INDEXES = Symbol('metrics by indicator and by place');
const CATEGORIES = Symbol('categories by indicator');

/**
 * The metrics that pass a filter, in dataset order (by id). Each option narrows the result; none
 * means every metric. The list is frozen: copy it to sort it otherwise.
 *
 * @throws {@link InvalidArgumentError} for an option that is not one, a value of the wrong kind
 * or a range that ends before it starts, and {@link UnknownIdError} for an unknown indicator,
 * meeting or place.
 * @example
 * ```ts
 * import { filterMetrics } from 'mnd-mps-coordination';
 * for (const metric of filterMetrics({ indicator: 'links-removed', level: 'national' })) console.log(metric.period.edtf, metric.quantity.asReported);
 * ```
 * @category Aggregations
 */
export function filterMetrics<I extends Ids = BundledIds>(
  options?: MetricFilter<I> & DatasetOption<I>,
): readonly Metric<I>[] {
  const given = helperOptions(options, METRIC_FILTER_KEYS);
  return metricsMatching(given.dataset, given);
}

/** The metrics of a dataset that pass a filter (its values not yet checked), in dataset order. */
export function metricsMatching<I extends Ids>(
  dataset: Dataset<I>,
  filter: { readonly [K in (typeof METRIC_FILTER_KEYS)[number]]?: unknown },
): readonly Metric<I>[] {
  const indicator = optionalId(dataset, 'indicators', filter.indicator, 'indicator');
  const meeting = optionalId(dataset, 'meetings', filter.meeting, 'meeting');
  const category =
    filter.category === undefined
      ? undefined
      : oneOf(filter.category, INDICATOR_CATEGORIES, 'category');
  const level = filter.level === undefined ? undefined : oneOf(filter.level, SCOPE_LEVELS, 'level');
  const cumulative = aBoolean(filter.cumulative, 'cumulative');
  const places =
    filter.place === undefined ? undefined : placeIdsWithin(dataset, filter.place, 'place');
  const bounds = dateBounds(filter.from, filter.to);
  const quotedOnly = quotedOnlyIn(filter.quotedOnly);
  const categories = dataset.built(
    CATEGORIES,
    (all) => new Map(all.indicators.map((entry) => [entry.id as string, entry.category])),
  );
  // Start from the metrics of the indicator, or of the places, asked for (indexed), not from every
  // metric; the places' lists are put back in dataset order.
  const index = dataset.built(INDEXES, (all) => ({
    indicator: frozenGroups(all.metrics, (metric) => metric.indicator),
    place: frozenGroups(all.metrics, (metric) => metric.scope.place ?? ''),
  }));
  const inPlaces =
    places === undefined
      ? undefined
      : [...places]
          .flatMap((place) => index.place.get(place) ?? NONE)
          .sort((a, b) => compareStrings(a.id, b.id));
  const candidates =
    indicator === undefined
      ? (inPlaces ?? dataset.metrics)
      : (index.indicator.get(indicator) ?? NONE);
  const open = bounds.earliest === null && bounds.latest === null;
  return where(candidates, [
    meeting !== undefined && ((metric) => metric.meeting === meeting),
    category !== undefined && ((metric) => categories.get(metric.indicator) === category),
    level !== undefined && ((metric) => metric.scope.level === level),
    places !== undefined &&
      indicator !== undefined &&
      ((metric) => metric.scope.place !== null && places.has(metric.scope.place)),
    cumulative !== undefined && ((metric) => metric.cumulative === cumulative),
    !open && ((metric) => overlaps(metric.period, bounds)),
    quotedOnly && ((metric) => isQuoted(metric.evidence)),
  ]);
}
