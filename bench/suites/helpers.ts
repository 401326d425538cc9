import * as api from '../../dist/index.js';
import type { Dataset, DatasetInput, TimelineEvent } from '../../dist/index.js';
import { measureOncePair, measurePair, type Timing } from '../lib/measure.js';
import { type BenchResult, result } from '../lib/result.js';
import { syntheticDataset } from '../lib/synthetic-dataset.js';

/**
 * The helpers at one scale, each against a hand-written baseline that does the same work in the
 * simplest fast way (a Map.get, a single sort, a single pass) on the same records.
 */

type Metric = Dataset['metrics'][number];
type Quantity = Metric['quantity'];

/** How many times single-shot work (createDataset, a first timeline call) is timed at each scale. */
const ROUNDS: Readonly<Record<number, number>> = { 1: 15, 100: 5, 1000: 2 };
const LOOKUP_TARGET = 2;
const PASS_TARGET = 1.5;
const VALIDATION_TARGET = 2;

/** A fixed shuffle, so that every run looks ids up in the same (cache-unfriendly) order. */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  let seed = 12345;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const other = seed % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Baseline validation: each record parsed with its collection's zod schema, the parsed records kept (as a dataset keeps them). */
function zodParseAll(input: DatasetInput): unknown[][] {
  return (Object.entries(input) as [keyof typeof api.COLLECTION_SCHEMAS, readonly unknown[]][]).map(
    ([collection, records]) => {
      const schema = api.COLLECTION_SCHEMAS[collection];
      return records.map((record) => schema.parse(record));
    },
  );
}

/**
 * Baseline timeline: the same events (one per meeting, issued document and rank or position claim,
 * with the same fields, frozen as the helper's are), then a single sort by date.
 */
function baselineEvents(dataset: Dataset) {
  const names = new Map(dataset.people.map((person) => [person.id, person.name]));
  const events: TimelineEvent[] = [];
  const push = (event: TimelineEvent) => {
    Object.freeze(event.record);
    Object.freeze(event.people);
    Object.freeze(event.organizations);
    events.push(Object.freeze(event));
  };
  for (const meeting of dataset.meetings) {
    const people = new Set([...meeting.coChairs, ...meeting.sites.flatMap((site) => site.chairs)]);
    for (const participant of meeting.participants)
      if (participant.person) people.add(participant.person);
    const organizations = new Set<string>();
    for (const participant of meeting.participants)
      if (participant.organization) organizations.add(participant.organization);
    push({
      id: `meeting:${meeting.id}`,
      kind: 'meeting',
      date: meeting.date,
      label: meeting.title,
      record: { collection: 'meetings', id: meeting.id },
      meeting: meeting.id,
      people: [...people],
      organizations: [...organizations],
      documents: meeting.documents,
      evidence: meeting.evidence,
    });
  }
  for (const document of dataset.documents) {
    if (!document.issued) continue;
    const organizations = document.issuer ? [document.issuer] : [];
    push({
      id: `document-issued:${document.id}`,
      kind: 'document-issued',
      date: document.issued,
      label: `${document.title} issued`,
      record: { collection: 'documents', id: document.id },
      meeting: null,
      people: [],
      organizations,
      documents: Object.freeze([document.id]),
      evidence: document.issued.evidence,
    });
  }
  for (const person of dataset.people) {
    person.ranks.forEach((claim, index) =>
      push({
        id: `rank:${person.id}:${index}`,
        kind: 'rank',
        date: claim.asOf,
        label: `${names.get(person.id)}: ${claim.asReported}`,
        record: { collection: 'people', id: person.id },
        meeting: claim.meeting,
        people: [person.id],
        organizations: [],
        documents: Object.freeze([]),
        evidence: claim.evidence,
      }),
    );
    person.positions.forEach((claim, index) =>
      push({
        id: `position:${person.id}:${index}`,
        kind: 'position',
        date: claim.asOf,
        label: `${names.get(person.id)}: ${claim.asReported}`,
        record: { collection: 'people', id: person.id },
        meeting: claim.meeting,
        people: [person.id],
        organizations: claim.organization ? [claim.organization] : [],
        documents: Object.freeze([]),
        evidence: claim.evidence,
      }),
    );
  }
  const start = (event: TimelineEvent) => event.date.earliest ?? '';
  const end = (event: TimelineEvent) => event.date.latest ?? '\uffff';
  return events.sort((a, b) =>
    start(a) < start(b)
      ? -1
      : start(a) > start(b)
        ? 1
        : end(a) < end(b)
          ? -1
          : end(a) > end(b)
            ? 1
            : 0,
  );
}

/** Baseline grouping: one pass for the first and last year, one pass placing each event in its years' buckets (with the same keys and days). */
function baselineGroupByYear(events: readonly TimelineEvent[]) {
  let first = Infinity;
  let last = -Infinity;
  for (const { date } of events) {
    first = Math.min(first, Number(date.earliest!.slice(0, 4)));
    last = Math.max(last, Number(date.latest!.slice(0, 4)));
  }
  const buckets = Array.from({ length: last - first + 1 }, (_, offset) => ({
    key: String(first + offset),
    start: `${first + offset}-01-01`,
    end: `${first + offset}-12-31`,
    events: [] as TimelineEvent[],
    spanning: [] as TimelineEvent[],
  }));
  for (const event of events) {
    const from = Number(event.date.earliest!.slice(0, 4)) - first;
    const to = Number(event.date.latest!.slice(0, 4)) - first;
    if (from === to) buckets[from]!.events.push(event);
    else for (let year = from; year <= to; year += 1) buckets[year]!.spanning.push(event);
  }
  return buckets;
}

/** Baseline series: one pass keeping one indicator's metrics by period and scope, then a single sort. */
function baselineSeries(metrics: readonly Metric[], indicator: string) {
  const points = new Map<string, Metric[]>();
  for (const metric of metrics) {
    if (metric.indicator !== indicator) continue;
    const key = `${metric.period.earliest}/${metric.period.latest}|${metric.scope.level}|${metric.scope.area}`;
    const point = points.get(key);
    if (point) point.push(metric);
    else points.set(key, [metric]);
  }
  return [...points].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const RULES = new Map(Object.entries(api.QUALIFIER_RULES));
const isCount = (number: number | null) =>
  number === null || (number >= 0 && Number.isFinite(number));
const boundFits = (bound: number | null, value: number | null, kind: string) =>
  kind === 'value'
    ? bound === value
    : kind === 'open'
      ? bound === null
      : kind === 'given'
        ? bound !== null
        : true;

/**
 * Baseline sum: one pass that checks each quantity against its qualifier's rule (as sumQuantities
 * does: it takes quantities from anywhere), adds the bounds (an open bound makes the sum open) and
 * notes exclusive bounds. The rule is looked up the plain way, in a Map by qualifier.
 */
function baselineSum(quantities: readonly Quantity[]) {
  let lower: number | null = 0;
  let upper: number | null = 0;
  let lowerExclusive = false;
  let upperExclusive = false;
  for (const quantity of quantities) {
    const rule = RULES.get(quantity.qualifier);
    if (
      !rule ||
      !isCount(quantity.value) ||
      !isCount(quantity.lower) ||
      !isCount(quantity.upper) ||
      !boundFits(quantity.lower, quantity.value, rule.lower) ||
      !boundFits(quantity.upper, quantity.value, rule.upper)
    ) {
      throw new Error(`not a valid quantity: ${JSON.stringify(quantity)}`);
    }
    lower = lower === null || quantity.lower === null ? null : lower + quantity.lower;
    upper = upper === null || quantity.upper === null ? null : upper + quantity.upper;
    lowerExclusive ||= rule.lowerExclusive;
    upperExclusive ||= rule.upperExclusive;
  }
  return { lower, upper, lowerExclusive, upperExclusive };
}

/** Baseline aggregation: one pass grouping by indicator, then per group its label, units and sum, in key order. */
function baselineAggregate(dataset: Dataset) {
  const labels = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.label]));
  const groups = new Map<string, Metric[]>();
  for (const metric of dataset.metrics) {
    const group = groups.get(metric.indicator);
    if (group) group.push(metric);
    else groups.set(metric.indicator, [metric]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, metrics]) => {
      const units = [...new Set(metrics.map((metric) => metric.unit))];
      return {
        key,
        label: labels.get(key),
        metrics,
        units,
        total: units.length === 1 ? baselineSum(metrics.map((metric) => metric.quantity)) : null,
      };
    });
}

/** The sizes the figures of one scale depend on, for the growth figures. */
export interface ScaleSizes {
  readonly events: number;
  readonly metrics: number;
  readonly records: number;
}

export interface HelperRun {
  readonly results: BenchResult[];
  readonly sizes: ScaleSizes;
  /** Per-operation times of each helper and of its baseline, by name, for growth figures across scales. */
  readonly timings: ReadonlyMap<string, readonly [Timing, Timing]>;
}

/** Measures every helper at `scale` times today's data. */
export function benchHelpers(scale: number, log: (line: string) => void): HelperRun {
  const results: BenchResult[] = [];
  const timings = new Map<string, readonly [Timing, Timing]>();
  const add = (
    name: string,
    [timing, baseline]: readonly [Timing, Timing],
    baselineName: string,
    target?: number,
    note?: string,
  ) => {
    timings.set(name, [timing, baseline]);
    results.push(
      result({
        suite: 'helpers',
        name,
        scale,
        value: timing.msPerOp,
        unit: 'ms/op',
        baselineName,
        baseline: baseline.msPerOp,
        ...(target === undefined ? {} : { target }),
        ...(note ? { note } : {}),
      }),
    );
  };

  log(`  generating ${scale}x`);
  const input = syntheticDataset(scale);
  const records = Object.values(input).reduce((sum, list) => sum + (list as unknown[]).length, 0);

  log(`  createDataset ${scale}x`);
  const count = ROUNDS[scale] ?? 2;
  add(
    'createDataset (validate, check, freeze)',
    measureOncePair(
      count,
      () => input,
      (records) => api.createDataset(records),
      zodParseAll,
    ),
    'zod parse of every record (kept)',
    VALIDATION_TARGET,
  );

  log(`  timeline ${scale}x`);
  // A first call fills a per-dataset cache: each round gets a dataset of its own, made untimed
  // (and only one is alive at a time, so that the heap stays the size a user's would be).
  let latest: Dataset | undefined;
  add(
    'timeline, first call (builds the events)',
    measureOncePair(
      count,
      () => (latest = api.createDataset(input)),
      (fresh) => api.timeline({ dataset: fresh }),
      baselineEvents,
    ),
    'build the same events, one sort',
    PASS_TARGET,
  );
  const dataset = latest!;
  const events = api.timeline({ dataset });
  const window = { from: '2005', to: '2014' } as const;
  const windowStart = '2005-01-01';
  const windowEnd = '2014-12-31';
  add(
    'timeline, ten years (events cached)',
    measurePair(
      () => api.timeline({ dataset, ...window }),
      () =>
        events.filter(
          (event) =>
            (event.date.earliest ?? '') <= windowEnd &&
            (event.date.latest ?? '\uffff') >= windowStart,
        ),
    ),
    'one filter pass over the events',
    PASS_TARGET,
  );
  add(
    'groupTimeline by year',
    measurePair(
      () => api.groupTimeline(events, 'year'),
      () => baselineGroupByYear(events),
    ),
    'one pass for the range, one placing events',
    PASS_TARGET,
  );

  log(`  lookups ${scale}x`);
  // One loop per helper, written out, so that ours and the baseline call the same way (no closure in between).
  const lookups = (collection: 'meetings' | 'people' | 'metrics') => {
    const records = dataset[collection] as readonly { id: string }[];
    const ids = shuffled(records.map((record) => record.id));
    return {
      ids,
      map: new Map(records.map((record) => [record.id, record])),
      perLookup: (timing: Timing): Timing => ({
        msPerOp: timing.msPerOp / ids.length,
        runs: timing.runs * ids.length,
      }),
    };
  };
  let found = 0;
  // Programs call every getter: warm all three first, so that none is timed while the shared
  // lookup code has seen only its own collection.
  for (const record of dataset.meetings) api.getMeeting(record.id, dataset);
  for (const record of dataset.people) api.getPerson(record.id, dataset);
  for (const record of dataset.metrics) api.getMetric(record.id, dataset);
  const countMapHits = (ids: readonly string[], map: ReadonlyMap<string, unknown>) => {
    for (const id of ids) if (map.get(id)) found += 1;
    return found;
  };
  {
    const { ids, map, perLookup } = lookups('meetings');
    const [ours, baseline] = measurePair(
      () => {
        for (const id of ids) if (api.getMeeting(id, dataset)) found += 1;
        return found;
      },
      () => countMapHits(ids, map),
    );
    add('getMeeting (by id)', [perLookup(ours), perLookup(baseline)], 'Map.get', LOOKUP_TARGET);
  }
  {
    const { ids, map, perLookup } = lookups('people');
    const [ours, baseline] = measurePair(
      () => {
        for (const id of ids) if (api.getPerson(id, dataset)) found += 1;
        return found;
      },
      () => countMapHits(ids, map),
    );
    add('getPerson (by id)', [perLookup(ours), perLookup(baseline)], 'Map.get', LOOKUP_TARGET);
  }
  {
    const { ids, map, perLookup } = lookups('metrics');
    const [ours, baseline] = measurePair(
      () => {
        for (const id of ids) if (api.getMetric(id, dataset)) found += 1;
        return found;
      },
      () => countMapHits(ids, map),
    );
    add('getMetric (by id)', [perLookup(ours), perLookup(baseline)], 'Map.get', LOOKUP_TARGET);
  }

  log(`  search ${scale}x`);
  add(
    'searchPeople("nguyen")',
    measurePair(
      () => api.searchPeople('nguyen', { dataset, limit: 10 }),
      () =>
        dataset.people
          .filter((person) => person.name.toLowerCase().includes('nguyen'))
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .slice(0, 10),
    ),
    'one pass of lower-case includes, one sort',
    undefined,
    'no target: the search folds diacritics and ranks by match quality, which the baseline does not',
  );

  log(`  aggregations ${scale}x`);
  const indicator = 'links-removed';
  add(
    'metricSeries (one indicator)',
    measurePair(
      () => api.metricSeries(indicator, { dataset }),
      () => baselineSeries(dataset.metrics, indicator),
    ),
    'one filter pass, one sort',
    PASS_TARGET,
  );
  add(
    'aggregateMetrics by indicator',
    measurePair(
      () => api.aggregateMetrics({ by: 'indicator', dataset }),
      () => baselineAggregate(dataset),
    ),
    'one grouping pass, labels, units and sums, one sort',
    PASS_TARGET,
  );
  const quantities = dataset.metrics.map((metric) => metric.quantity);
  add(
    'sumQuantities (every metric)',
    measurePair(
      () => api.sumQuantities(quantities),
      () => baselineSum(quantities),
    ),
    'one pass checking each quantity and adding bounds',
    PASS_TARGET,
  );

  return {
    results,
    timings,
    sizes: { events: events.length, metrics: dataset.metrics.length, records },
  };
}

/**
 * The helpers whose time must grow no faster than n log n, which size is n, and how its baseline
 * grows (a single pass: n; a sort: n log n).
 */
export const GROWTH_CHECKED: readonly {
  readonly name: string;
  readonly size: keyof ScaleSizes;
  readonly baseline: 'n' | 'n log n';
}[] = [
  { name: 'timeline, first call (builds the events)', size: 'events', baseline: 'n log n' },
  { name: 'timeline, ten years (events cached)', size: 'events', baseline: 'n' },
  { name: 'groupTimeline by year', size: 'events', baseline: 'n' },
  { name: 'metricSeries (one indicator)', size: 'metrics', baseline: 'n' },
  { name: 'aggregateMetrics by indicator', size: 'metrics', baseline: 'n' },
  { name: 'sumQuantities (every metric)', size: 'metrics', baseline: 'n' },
];

/**
 * Growth of each checked helper's time from one scale to the next, against n log n growth. On a
 * real machine even a single pass slows per element as the heap outgrows the caches, so the helper
 * may also grow as much as its baseline did (times log n growth when the baseline is a single
 * pass): the allowance is the larger of the two.
 */
export function growthResults(
  small: HelperRun,
  large: HelperRun,
  smallScale: number,
  largeScale: number,
): BenchResult[] {
  const log2 = (n: number) => Math.log2(Math.max(2, n));
  return GROWTH_CHECKED.map(({ name, size, baseline }) => {
    const [smallTiming, smallBaseline] = small.timings.get(name)!;
    const [largeTiming, largeBaseline] = large.timings.get(name)!;
    const growth = largeTiming.msPerOp / smallTiming.msPerOp;
    const baselineGrowth = largeBaseline.msPerOp / smallBaseline.msPerOp;
    const logGrowth = log2(large.sizes[size]) / log2(small.sizes[size]);
    const nLogNGrowth = (large.sizes[size] / small.sizes[size]) * logGrowth;
    const allowed = Math.max(
      nLogNGrowth,
      baseline === 'n' ? baselineGrowth * logGrowth : baselineGrowth,
    );
    return result({
      suite: 'growth',
      name: `${name}: time ${smallScale}x → ${largeScale}x`,
      scale: largeScale,
      value: growth,
      unit: '× time',
      baselineName: `n log n growth, or the baseline's if larger (n = ${size}: ${small.sizes[size]} → ${large.sizes[size]})`,
      baseline: allowed,
      target: 1,
      note: `n log n grew ${nLogNGrowth.toFixed(1)}×; the baseline (${baseline}) grew ${baselineGrowth.toFixed(1)}×${baseline === 'n' ? `, ${(baselineGrowth * logGrowth).toFixed(1)}× with log n growth` : ''}`,
    });
  });
}
