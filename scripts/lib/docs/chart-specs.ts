import type { Ids } from '../../../src/core/collections.js';
import { compareSpans, isoDay, utcDay } from '../../../src/core/dates.js';
import { RANKS } from '../../../src/core/ranks.js';
import type { Dataset } from '../../../src/dataset.js';
import { metricSeries, type SeriesPoint } from '../../../src/helpers/metric-series.js';
import type {
  Indicator as AnyIndicator,
  Person as AnyPerson,
} from '../../../src/schemas/collections.js';
import { dateLabel } from './labels.js';
import type { ChartSpec } from './render-chart.js';

type Indicator = AnyIndicator<Ids>;
type Person = AnyPerson<Ids>;

/**
 * The widths every chart is drawn at, in px: `narrow` for a phone's text column (the page shrinks
 * it to about 326 px on a 390 px phone, where its 14 px text is drawn at 11.4 px, or stretches it
 * up to {@link WIDE_FROM}), `wide` for a laptop's (640 px at 1280 px; shown from WIDE_FROM up,
 * where its text is drawn at 11.4 px or more).
 */
export const CHART_WIDTHS = { narrow: 400, wide: 640 } as const;
/** The text column's width, in px, from which the page shows the wide drawing of a chart. */
export const WIDE_FROM = 560;
const FONT_SIZE = 14;
const TITLE_SIZE = 16;
const LINE_HEIGHT = 18;
const RIGHT = 12;

/**
 * An upper estimate of how wide a text is drawn, in px: 0.62 em a character (DejaVu Sans, the
 * widest of the common sans-serif fonts, averages 0.55). The charts lay their text out with it;
 * vega's own estimate (0.8 em) would waste a third of the width.
 */
const textWidth = (value: string, size = FONT_SIZE) => Math.ceil(value.length * size * 0.62);

/** Words broken into lines that each fit in `width` px (a word longer than that gets a line of its own). */
export function wrap(value: string, width: number, size = FONT_SIZE): string[] {
  const lines: string[] = [];
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 0 ? [''] : lines;
}

/** Items ("Nguyen Tan Cuong") joined by commas into lines that fit in `width` px, an item broken only when it is wider than a line. */
function wrapItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const [index, item] of items.entries()) {
    const piece = index < items.length - 1 ? `${item},` : item;
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${piece}`) <= width)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(...wrap(piece, width));
  }
  return lines;
}

/** The width of the labels of a chart's rows (periods, ranks), for a chart `width` px wide. */
const labelWidth = (width: number) => (width >= CHART_WIDTHS.wide ? 220 : 160);

/**
 * The link of a mark to the record it draws, as the catalogue's Markdown writes it: TypeDoc turns
 * `meetings.md#<id>` into the page's address and checks that the anchor exists.
 */
const recordHref = (collection: string, id: string) => `${collection}.md#${id}`;

/**
 * The encodings of a mark that links to a record: the link (`href`) and what a screen reader
 * says of the mark (`about`: the record's label and what the mark shows of it), in place of
 * vega's list of every field.
 */
const LINKED = {
  href: { field: 'href' },
  description: { field: 'about' },
} as const;

/** Lines joined into one axis label; the axis splits them again (labelExpr). */
const LINE_BREAK = '|';

/**
 * The frame every chart shares: `width` px in all, text of at least 14 px, a title over the whole
 * width, `left` px for the labels of the rows and `bottom` px for the axis and legend below the
 * plot. Layout is by these numbers (autosize none), so the width never depends on vega's estimate
 * of the text.
 */
function frame(options: {
  width: number;
  title: string;
  subtitle?: string;
  left: number;
  height: number;
  bottom: number;
  /** Space between the title and the plot, for a panel's own title. */
  gap?: number;
}): ChartSpec {
  const gap = options.gap ?? 0;
  const title = wrap(options.title, options.width - RIGHT, TITLE_SIZE);
  const subtitle =
    options.subtitle === undefined ? [] : wrap(options.subtitle, options.width - RIGHT);
  return {
    config: {
      font: 'sans-serif',
      view: { stroke: null },
      axis: {
        labelFontSize: FONT_SIZE,
        titleFontSize: FONT_SIZE,
        titleFontWeight: 'normal',
        labelLimit: 0,
        labelLineHeight: LINE_HEIGHT,
      },
      legend: {
        labelFontSize: FONT_SIZE,
        titleFontSize: FONT_SIZE,
        labelLimit: 0,
        orient: 'bottom',
        direction: 'vertical',
        symbolSize: 120,
        symbolOpacity: 1,
      },
      text: { fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT },
      title: {
        fontSize: TITLE_SIZE,
        subtitleFontSize: FONT_SIZE,
        lineHeight: 20,
        subtitleLineHeight: LINE_HEIGHT,
        anchor: 'start',
        frame: 'group',
        dx: -options.left,
        offset: 12,
      },
    },
    title: { text: title, ...(subtitle.length > 0 ? { subtitle } : {}) },
    autosize: { type: 'none' },
    padding: {
      top: 20 * title.length + LINE_HEIGHT * subtitle.length + 20 + gap,
      left: options.left,
      right: RIGHT,
      bottom: options.bottom,
    },
    width: options.width - options.left - RIGHT,
    height: options.height,
  };
}

/** The px a legend of `entries` below an axis needs. */
const legendHeight = (entries: number) => (entries > 0 ? 30 + 22 * entries : 0);
/** The px an x axis with its labels (and optionally a title) needs. */
const axisHeight = (titled: boolean) => 32 + (titled ? 22 : 0);

/** Only the values the points use, in the given order, with their styles: a legend of the used ones. */
function usedScale<K extends string>(
  styles: Readonly<Record<K, string>>,
  used: Iterable<string>,
): { domain: K[]; range: string[] } {
  const wanted = new Set(used);
  const domain = (Object.keys(styles) as K[]).filter((key) => wanted.has(key));
  return { domain, range: domain.map((key) => styles[key]) };
}

const LEVEL_COLOURS = {
  national: '#1f5fa6',
  province: '#d9711c',
  district: '#2e8b57',
  commune: '#8e44ad',
};

/**
 * The meetings by year, each with its co-chairs: a row per meeting in date order under its year,
 * one mark per meeting coloured by its level, labelled with its date, place and the co-chairs'
 * names, the mark and the label linking to the meeting's section. The rows are laid out here, in
 * px, so that long lists of names wrap instead of shrinking the chart.
 */
export function meetingsByYear(
  dataset: Dataset<Ids>,
  width: number = CHART_WIDTHS.narrow,
): ChartSpec {
  const people = new Map(dataset.people.map((person) => [person.id, person.name]));
  const places = new Map(dataset.places.map((place) => [place.id, place.name]));
  const textLeft = 70;
  const meetings = [...dataset.meetings].sort((a, b) => compareSpans(a.date, b.date));
  const values: {
    y: number;
    year: string;
    level: string;
    lines: string[];
    href: string;
    about: string;
  }[] = [];
  let top = 0;
  for (const [index, meeting] of meetings.entries()) {
    const year = meeting.date.edtf.slice(0, 4);
    const newYear = year !== meetings[index - 1]?.date.edtf.slice(0, 4);
    // The day within the year ("15 Jan", "H2"), the year being the row's group.
    const when =
      dateLabel(meeting.date.edtf)
        .replace(year, '')
        .replace(/\s+(?=[?~%]|$)/, '') || 'day not known';
    const where =
      meeting.place === null ? 'national' : (places.get(meeting.place) ?? meeting.place);
    const names = meeting.coChairs.map((id) => people.get(id) ?? id);
    const lines = [
      `${when} · ${where}`,
      ...(names.length === 0 ? ['no co-chairs named'] : wrapItems(names, width - textLeft - RIGHT)),
    ];
    values.push({
      y: top,
      year: newYear ? year : '',
      level: meeting.level ?? 'national',
      lines,
      href: recordHref('meetings', meeting.id),
      about: `${dateLabel(meeting.date.edtf)}: ${meeting.title}; co-chairs: ${names.join(', ') || 'none named'}`,
    });
    top += LINE_HEIGHT * lines.length + 14;
  }
  const levels = usedScale(
    LEVEL_COLOURS,
    values.map((value) => value.level),
  );
  const y = { field: 'y', type: 'quantitative', scale: null };
  return {
    ...frame({
      width,
      title: 'Meetings by year, with their co-chairs',
      left: 0,
      height: top,
      bottom: legendHeight(levels.domain.length),
    }),
    data: { values },
    layer: [
      {
        transform: [{ filter: "datum.year !== '' && datum.y > 0" }],
        mark: { type: 'rule', color: '#bbb' },
        encoding: {
          y,
          yOffset: { value: -7 },
          x: { value: 0 },
          x2: { value: width - RIGHT },
        },
      },
      {
        mark: { type: 'text', baseline: 'top', align: 'left', fontWeight: 'bold' },
        encoding: { y, x: { value: 0 }, text: { field: 'year' } },
      },
      {
        mark: { type: 'point', filled: true, size: 140, opacity: 1 },
        encoding: {
          y,
          yOffset: { value: LINE_HEIGHT / 2 },
          x: { value: textLeft - 14 },
          color: { field: 'level', type: 'nominal', title: 'level', scale: levels },
          ...LINKED,
        },
      },
      {
        mark: { type: 'text', baseline: 'top', align: 'left' },
        encoding: { y, x: { value: textLeft }, text: { field: 'lines' }, ...LINKED },
      },
    ],
  };
}

/** How a series point's bounds are drawn: the legend names the shapes. */
function boundKind(lower: number | null, upper: number | null): keyof typeof BOUND_SHAPES | null {
  if (lower !== null && upper !== null) return lower === upper ? 'exact' : 'range';
  if (lower !== null) return 'lower bound only';
  if (upper !== null) return 'upper bound only';
  return null;
}

/** A marker per kind of bounds: a triangle points the way the figure may go (right: "more than"). */
const BOUND_SHAPES = {
  exact: 'circle',
  range: 'diamond',
  'lower bound only': 'triangle-right',
  'upper bound only': 'triangle-left',
};

/**
 * The rows of an indicator's series: one per point, labelled with its period, scope and the words
 * as written (in lines of `labels` px), linking to the point's first metric.
 */
function seriesRows(dataset: Dataset<Ids>, points: readonly SeriesPoint<Ids>[], labels: number) {
  const places = new Map(dataset.places.map((place) => [place.id, place.name]));
  return points.map((point, index) => {
    const scope =
      point.scope.place === null
        ? point.scope.level
        : (places.get(point.scope.place) ?? point.scope.place);
    const words = point.asReported.map((reported) => `“${reported}”`).join(' / ');
    const lines = [
      ...wrap(`${dateLabel(point.period.edtf)}, ${scope}`, labels),
      ...wrap(words, labels),
    ];
    const [metric] = point.metrics;
    return {
      // The row's own key: the label's lines, and its place in the series (two rows may read alike).
      row: `${index}${LINE_BREAK}${lines.join(LINE_BREAK)}`,
      lines,
      lower: point.lower,
      upper: point.upper,
      at: point.lower ?? point.upper,
      bounds: boundKind(point.lower, point.upper),
      href: metric === undefined ? null : recordHref('metrics', metric.id),
      about: lines.join(' '),
    };
  });
}

type SeriesRow = ReturnType<typeof seriesRows>[number];

/** The px a row of a series needs, for the most lines any of its labels has. */
const rowStep = (rows: readonly SeriesRow[]) =>
  LINE_HEIGHT * Math.max(1, ...rows.map((row) => row.lines.length)) + 14;

/**
 * The marks of one indicator's series, a row per point that has a bound: a bar from the lower to the upper bound
 * when both are known, and a marker at the known bound whose shape says which bounds there are
 * (a triangle pointing right for "more than", with no made-up top). The value axis starts at zero
 * and is padded, so that no marker sits on the frame.
 */
function seriesLayers(rows: readonly SeriesRow[], unit: string, shapes: ChartSpec): ChartSpec {
  const step = rowStep(rows);
  return {
    height: step * rows.length,
    data: { values: rows },
    encoding: {
      y: {
        field: 'row',
        type: 'nominal',
        sort: null,
        title: null,
        scale: { domain: rows.map((row) => row.row) },
        // The first line is the row's index, which keeps rows apart and is not shown.
        axis: { labelExpr: `slice(split(datum.label, '${LINE_BREAK}'), 1)`, labelPadding: 8 },
      },
    },
    layer: [
      {
        transform: [{ filter: 'datum.lower !== null && datum.upper !== null' }],
        mark: { type: 'rule', strokeWidth: 3, color: '#1f5fa6' },
        encoding: {
          x: { field: 'lower', type: 'quantitative' },
          x2: { field: 'upper' },
          ...LINKED,
        },
      },
      {
        mark: { type: 'point', filled: true, size: 160, color: '#1f5fa6', opacity: 1 },
        encoding: {
          x: {
            field: 'at',
            type: 'quantitative',
            title: unit,
            scale: { zero: true, nice: false, padding: 18 },
            axis: { tickCount: 4, format: ',~f', labelFlush: 40 },
          },
          shape: { field: 'bounds', type: 'nominal', title: 'bounds', scale: shapes },
          ...LINKED,
        },
      },
    ],
  };
}

/**
 * The chart of one indicator's series, `width` px wide, or null when it has no points: each mark
 * links to the metric it draws. Points with no bound at all are listed in the subtitle rather
 * than drawn.
 */
export function indicatorSeries(
  dataset: Dataset<Ids>,
  indicator: Indicator,
  width: number = CHART_WIDTHS.narrow,
): ChartSpec | null {
  const points = metricSeries(indicator.id, { dataset });
  if (points.length === 0) return null;
  const labels = labelWidth(width);
  const rows = seriesRows(dataset, points, labels);
  const unbounded = rows.filter((row) => row.at === null);
  const shapes = usedScale(
    BOUND_SHAPES,
    rows.flatMap((row) => row.bounds ?? []),
  );
  const drawn = rows.filter((row) => row.at !== null);
  return {
    ...frame({
      width,
      title: `${indicator.label} (${indicator.unit})`,
      ...(unbounded.length > 0
        ? {
            subtitle: `Not drawn (no bounds): ${unbounded.map((row) => row.lines.join(' ')).join('; ')}`,
          }
        : {}),
      left: labels + 16,
      height: rowStep(drawn) * drawn.length,
      bottom: axisHeight(true) + legendHeight(shapes.domain.length),
    }),
    ...seriesLayers(drawn, indicator.unit, shapes),
  };
}

/**
 * The figures that recur: every indicator with metrics in two or more periods, a panel each (its
 * own value axis), one shared legend of the bounds the points use, each mark linking to its
 * metric. Null when no figure recurs.
 */
export function recurringFigures(
  dataset: Dataset<Ids>,
  width: number = CHART_WIDTHS.narrow,
): ChartSpec | null {
  const labels = labelWidth(width);
  const panels = dataset.indicators
    .map((indicator) => ({
      indicator,
      rows: seriesRows(dataset, metricSeries(indicator.id, { dataset }), labels).filter(
        (row) => row.at !== null,
      ),
      periods: new Set(
        dataset.metrics
          .filter((metric) => metric.indicator === indicator.id)
          .map((metric) => metric.period.edtf),
      ),
    }))
    .filter((panel) => panel.periods.size >= 2 && panel.rows.length > 0);
  if (panels.length === 0) return null;
  const shapes = usedScale(
    BOUND_SHAPES,
    panels.flatMap((panel) => panel.rows.flatMap((row) => row.bounds ?? [])),
  );
  const left = labels + 16;
  const titles = panels.map((panel) =>
    wrap(`${panel.indicator.label} (${panel.indicator.unit})`, width - RIGHT),
  );
  const titleHeight = (lines: readonly string[]) => LINE_HEIGHT * lines.length + 8;
  const layers = panels.map((panel) => seriesLayers(panel.rows, panel.indicator.unit, shapes));
  // Between two panels: the axis of the one above and the title of the one below.
  const spacing = axisHeight(true) + Math.max(...titles.map(titleHeight)) + 12;
  return {
    ...frame({
      width,
      title: 'Figures reported for two or more periods',
      left,
      height:
        layers.reduce((sum, layer) => sum + (layer.height as number), 0) +
        spacing * (panels.length - 1),
      bottom: axisHeight(true) + legendHeight(shapes.domain.length),
      gap: titleHeight(titles[0] ?? []),
    }),
    vconcat: layers.map((layer, index) => ({
      ...layer,
      width: width - left - RIGHT,
      title: {
        text: titles[index],
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        anchor: 'start',
        frame: 'group',
        dx: -left,
        offset: 8,
      },
    })),
    spacing,
    bounds: 'flush',
    resolve: { scale: { x: 'independent' } },
  };
}

/** The rank a claim gives, as a row of the chart: its place among the ranks, highest first. */
const RANK_ORDER = Object.keys(RANKS);

/** The middle day of a date's span: where a claim known only to its month or year is drawn. */
function middleDay(earliest: string, latest: string): string {
  const start = utcDay(earliest).getTime();
  return isoDay(new Date(start + (utcDay(latest).getTime() - start) / 2));
}

/** The kinds of rank claims, as the legend names them, with their colours. */
const CLAIM_COLOURS = {
  'reported at a meeting': '#1f5fa6',
  reported: '#7f8c8d',
  promotion: '#c0392b',
};

const claimKind = (claim: Person['ranks'][number]): keyof typeof CLAIM_COLOURS =>
  claim.kind === 'promotion'
    ? 'promotion'
    : claim.meeting === null
      ? 'reported'
      : 'reported at a meeting';
/** The record a rank claim rests on: the meeting it was reported at, else its first source. */
function claimHref(claim: Person['ranks'][number]): string | null {
  if (claim.meeting !== null) return recordHref('meetings', claim.meeting);
  const [first] = claim.evidence;
  return first === undefined ? null : recordHref('sources', first.source);
}

const DAY = 86_400_000;

/**
 * The first days of the years inside a time domain (ms), every year or every few years so that
 * their labels fit in `width` px; a padded domain is over a year wide, so there is at least one.
 */
function yearTicks([start, end]: readonly [number, number], width: number): string[] {
  const from = new Date(start).getUTCFullYear() + 1;
  const to = new Date(end).getUTCFullYear();
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
  const step = Math.ceil(years.length / Math.max(1, Math.floor(width / (textWidth('2025') + 16))));
  return years.filter((_, index) => index % step === 0).map((year) => `${year}-01-01`);
}

/**
 * An official's ranks over time, promotions included: a row per rank (highest at the top, labelled
 * with the rank in Vietnamese and the words the sources use for it), a mark per claim at its date,
 * with a bar over the days a claim known only to its month or year may fall on; each mark links to
 * the meeting the rank was reported at or, for a promotion or a report away from a meeting, to
 * the first source that gives it. The time axis is padded by half a year (or a tenth of the span)
 * on each side, so that a single claim sits inside the frame.
 */
export function ranksOverTime(
  person: Person,
  width: number = CHART_WIDTHS.narrow,
): ChartSpec | null {
  if (person.ranks.length === 0) return null;
  const labelSpace = labelWidth(width);
  const rowOf = (claim: Person['ranks'][number]) => claim.rank ?? `“${claim.asReported}”`;
  const rows = [...new Set(person.ranks.map(rowOf))]
    .map((row) => {
      const claims = person.ranks.filter((claim) => rowOf(claim) === row);
      const rank = claims[0]?.rank ?? null;
      const words = [...new Set(claims.map((claim) => `“${claim.asReported}”`))].join(', ');
      const lines =
        rank === null
          ? [...wrap(words, labelSpace), 'unsettled']
          : [RANKS[rank].vietnamese, ...wrap(words, labelSpace)];
      return { row, order: rank === null ? RANK_ORDER.length : RANK_ORDER.indexOf(rank), lines };
    })
    .sort((a, b) => a.order - b.order);
  const labels = new Map(rows.map((row) => [row.row, row.lines.join(LINE_BREAK)]));
  const values = person.ranks.map((claim) => ({
    row: labels.get(rowOf(claim)),
    start: claim.asOf.earliest,
    end: claim.asOf.latest,
    at: middleDay(claim.asOf.earliest, claim.asOf.latest),
    kind: claimKind(claim),
    href: claimHref(claim),
    about: `“${claim.asReported}”, ${dateLabel(claim.asOf.edtf)}, ${claimKind(claim)}`,
  }));
  const times = values
    .flatMap((value) => [value.start, value.end])
    .map((day) => utcDay(day).getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(182 * DAY, (last - first) / 10);
  const kinds = usedScale(
    CLAIM_COLOURS,
    values.map((value) => value.kind),
  );
  const step = LINE_HEIGHT * Math.max(...rows.map((row) => row.lines.length)) + 16;
  const left = labelSpace + 16;
  const domain = [first - pad, last + pad] as const;
  return {
    ...frame({
      width,
      title: `${person.name}: ranks as reported`,
      left,
      height: step * rows.length,
      bottom: axisHeight(false) + legendHeight(kinds.domain.length),
    }),
    data: { values },
    encoding: {
      y: {
        field: 'row',
        type: 'nominal',
        sort: null,
        title: null,
        scale: { domain: rows.map((row) => labels.get(row.row)) },
        axis: { labelExpr: `split(datum.label, '${LINE_BREAK}')`, labelPadding: 8 },
      },
    },
    layer: [
      {
        transform: [{ filter: 'datum.start !== datum.end' }],
        mark: { type: 'bar', height: 10, opacity: 0.3 },
        encoding: {
          x: { field: 'start', type: 'temporal' },
          x2: { field: 'end' },
          color: { field: 'kind', type: 'nominal', scale: kinds },
          ...LINKED,
        },
      },
      {
        mark: { type: 'point', filled: true, size: 140, opacity: 1 },
        encoding: {
          x: {
            field: 'at',
            type: 'temporal',
            title: null,
            scale: { domain: domain.map((time) => isoDay(new Date(time))) },
            axis: {
              values: yearTicks(domain, width - left - RIGHT),
              format: '%Y',
              labelOverlap: false,
            },
          },
          color: { field: 'kind', type: 'nominal', title: 'claim', scale: kinds },
          ...LINKED,
        },
      },
    ],
  };
}
