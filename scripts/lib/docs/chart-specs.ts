import type { Ids } from '../../../src/core/collections.js';
import { edtfLabel } from '../../../src/core/dates.js';
import { RANKS } from '../../../src/core/ranks.js';
import type { Dataset, DatasetRecords } from '../../../src/dataset.js';
import { metricSeries } from '../../../src/helpers/metric-series.js';
import type {
  Indicator as AnyIndicator,
  Person as AnyPerson,
} from '../../../src/schemas/collections.js';

type Indicator = AnyIndicator<Ids>;
type Person = AnyPerson<Ids>;
import type { ChartSpec } from './render-chart.js';

const FONT = { config: { font: 'sans-serif', view: { stroke: null }, axis: { labelLimit: 260 } } };

/** The meetings on a time axis: a bar over the days each date may fall on (a whole year for one known only to its year), a point at its first day. */
export function meetingsTimeline(records: DatasetRecords<Ids>): ChartSpec {
  const values = records.meetings.map((meeting) => ({
    id: meeting.id,
    kind: meeting.kind,
    start: meeting.date.earliest,
    end: meeting.date.latest,
    date: `${meeting.date.edtf}${meeting.inferences.some((inference) => inference.field === 'date') ? ' (inferred)' : ''}`,
  }));
  return {
    ...FONT,
    title: 'Meetings, by the days their dates may fall on',
    width: 640,
    height: 40 * Math.max(1, values.length),
    data: { values },
    encoding: { y: { field: 'id', type: 'nominal', sort: { field: 'start' }, title: null } },
    layer: [
      {
        mark: { type: 'bar', height: 14, opacity: 0.5 },
        encoding: {
          x: { field: 'start', type: 'temporal', title: 'date' },
          x2: { field: 'end' },
          color: { field: 'kind', type: 'nominal' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x: { field: 'start', type: 'temporal' },
          color: { field: 'kind', type: 'nominal' },
          tooltip: [{ field: 'id' }, { field: 'date' }],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 8, dy: -12 },
        encoding: { x: { field: 'start', type: 'temporal' }, text: { field: 'date' } },
      },
    ],
  };
}

/** How a series point's bounds are drawn: the legend names the shapes. */
function boundKind(lower: number | null, upper: number | null): string {
  if (lower !== null && upper !== null) return lower === upper ? 'exact' : 'range';
  if (lower !== null) return 'lower bound only';
  if (upper !== null) return 'upper bound only';
  return 'no bounds';
}

const BOUND_SHAPES = {
  domain: ['exact', 'range', 'lower bound only', 'upper bound only'],
  range: ['circle', 'diamond', 'triangle-up', 'triangle-down'],
};

/**
 * An indicator's series: per point, a bar from the lower to the upper bound when both are known,
 * and a marker at the known bound whose shape says which bounds there are (a triangle pointing up
 * for "more than", with no made-up top); the words as written label each point. Points with no
 * bound at all are listed in the chart's subtitle rather than drawn.
 */
export function indicatorSeries(dataset: Dataset<Ids>, indicator: Indicator): ChartSpec | null {
  const points = metricSeries(indicator.id, { dataset });
  if (points.length === 0) return null;
  const values = points.map((point) => ({
    point: `${edtfLabel(point.period.edtf)}, ${point.scope.place === null ? point.scope.level : (dataset.places.find((place) => place.id === point.scope.place)?.name ?? point.scope.place)}`,
    lower: point.lower,
    upper: point.upper,
    at: point.lower ?? point.upper,
    bounds: boundKind(point.lower, point.upper),
    reported: point.asReported.join(' / '),
  }));
  const unbounded = values
    .filter((value) => value.at === null)
    .map((value) => `${value.point}: ${value.reported}`);
  return {
    ...FONT,
    title: {
      text: `${indicator.label} (${indicator.unit})`,
      ...(unbounded.length > 0
        ? { subtitle: `Not drawn (no bounds): ${unbounded.join('; ')}` }
        : {}),
    },
    width: Math.max(200, 140 * values.length),
    height: 220,
    data: { values },
    transform: [{ filter: 'datum.at !== null' }],
    encoding: { x: { field: 'point', type: 'nominal', title: null, axis: { labelAngle: 0 } } },
    layer: [
      {
        transform: [{ filter: 'datum.lower !== null && datum.upper !== null' }],
        mark: { type: 'rule', strokeWidth: 3 },
        encoding: {
          y: { field: 'lower', type: 'quantitative', title: indicator.unit, scale: { zero: true } },
          y2: { field: 'upper' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 120 },
        encoding: {
          y: { field: 'at', type: 'quantitative' },
          shape: {
            field: 'bounds',
            type: 'nominal',
            title: 'bounds',
            scale: BOUND_SHAPES,
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
          tooltip: [{ field: 'reported' }, { field: 'lower' }, { field: 'upper' }],
        },
      },
      {
        mark: { type: 'text', dx: 12, align: 'left' },
        encoding: { y: { field: 'at', type: 'quantitative' }, text: { field: 'reported' } },
      },
    ],
  };
}

const RANK_ORDER = Object.keys(RANKS);

/**
 * An official's ranks as each report gives them, over time: a point at the first day the claim
 * may be dated to and a bar over the days it may fall on (a year-precision meeting spans its year);
 * the words as written label each point, and the sources are in the tooltip.
 */
export function ranksOverTime(person: Person): ChartSpec | null {
  if (person.ranks.length === 0) return null;
  const values = person.ranks.map((claim) => ({
    start: claim.asOf.earliest,
    end: claim.asOf.latest,
    when: claim.asOf.edtf,
    rank:
      claim.rank === null
        ? `unsettled: "${claim.asReported}"`
        : `${claim.rank} (${RANKS[claim.rank].vietnamese})`,
    order: claim.rank === null ? RANK_ORDER.length : RANK_ORDER.indexOf(claim.rank),
    words: claim.asReported,
    sources: [...new Set(claim.evidence.map((quote) => quote.source))].join(', '),
  }));
  return {
    ...FONT,
    title: `${person.name}: ranks as reported`,
    width: 560,
    height: 40 * new Set(values.map((value) => value.rank)).size + 20,
    data: { values },
    encoding: {
      x: {
        field: 'start',
        type: 'temporal',
        title: 'as of',
        scale: { padding: 30 },
        axis: { format: '%b %Y', labelAngle: 0 },
      },
      y: { field: 'rank', type: 'nominal', sort: { field: 'order' }, title: null },
    },
    layer: [
      { mark: { type: 'bar', height: 10, opacity: 0.3 }, encoding: { x2: { field: 'end' } } },
      {
        mark: { type: 'point', filled: true, size: 90 },
        encoding: { tooltip: [{ field: 'words' }, { field: 'when' }, { field: 'sources' }] },
      },
      {
        mark: { type: 'text', align: 'left', dx: 8, dy: -10 },
        encoding: { text: { field: 'words' } },
      },
    ],
  };
}
