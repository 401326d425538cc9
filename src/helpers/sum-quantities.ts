import type { Ids } from '../core/collections.js';
import { compareSpans, type Span } from '../core/dates.js';
import { InvalidArgumentError } from '../core/errors.js';
import { getOrMake, groupBy } from '../core/group.js';
import { dateLabel, formatNumber, quantityReading } from '../core/labels.js';
import { aBoolean, ensure, oneOf, readOptions } from '../core/options.js';
import { QUALIFIER_RULES, quantityIssues } from '../core/quantity.js';
import { type Qualifier, SCOPE_LEVELS } from '../core/vocabulary.js';
import type { Dataset } from '../dataset.js';

/**
 * A total of reported quantities as an interval: its bounds (null when unknown), whether each
 * bound is exclusive, and the qualifier that describes it.
 *
 * @example
 * ```ts
 * import { sumQuantities, type QuantitySum } from 'mnd-mps-coordination';
 * const total: QuantitySum = sumQuantities([]);
 * total.qualifier; // 'exact' (0)
 * ```
 * @category Aggregations
 */
export interface QuantitySum {
  /** The exact total, when every part is exact; otherwise null. */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerExclusive: boolean;
  readonly upperExclusive: boolean;
  /** exact; more-than / at-least (only a lower bound); less-than / up-to (only an upper bound); between (both); unknown (neither). */
  readonly qualifier:
    'exact' | 'more-than' | 'at-least' | 'less-than' | 'up-to' | 'between' | 'unknown';
  /** How many figures were added: each quantity, except that the reports of one figure (one indicator, period and scope) count once. */
  readonly count: number;
}

/**
 * The parts of a quantity that {@link sumQuantities} adds: a metric's `quantity`, or any object
 * with the same value, qualifier and bounds.
 *
 * @example
 * ```ts
 * import { sumQuantities, type Summand } from 'mnd-mps-coordination';
 * const parts: Summand[] = [{ value: 53, qualifier: 'exact', lower: 53, upper: 53 }, { value: null, qualifier: 'magnitude', lower: 100, upper: 999 }];
 * sumQuantities(parts).qualifier; // 'between'
 * ```
 * @category Aggregations
 */
export interface Summand {
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * A figure as {@link sumQuantities} compares it: a quantity with what one unit counts, where it
 * applies and the period it covers, and optionally what it counts (an indicator id). A metric is
 * one; so is any object with these fields.
 *
 * @example
 * ```ts
 * import { getRecord, sumQuantities, type Figure } from 'mnd-mps-coordination';
 * const figure: Figure = getRecord('metrics', 'annual-review-2024-links-removed');
 * const made: Figure = {
 *   quantity: { value: 12, qualifier: 'exact', lower: 12, upper: 12 },
 *   unit: 'cases',
 *   scope: { level: 'province', place: 'nghe-an' },
 *   period: { edtf: '2023-35', earliest: '2023-07-01', latest: '2023-09-30' },
 * };
 * sumQuantities([figure]).lower; // 13000
 * ```
 * @category Aggregations
 */
export interface Figure {
  readonly quantity: Summand;
  /** What one unit counts (`persons`, `person-turns`, `cases`). */
  readonly unit: string;
  /** Where the figure applies: `national` (place null) or the level and id of a place. */
  readonly scope: { readonly level: (typeof SCOPE_LEVELS)[number]; readonly place: string | null };
  /** The period covered: its EDTF and its first and last day (null for an open end). */
  readonly period: Span & { readonly edtf: string };
  /** What the figure counts. Figures of different indicators count different things, so their periods may coincide; figures without one count the same thing. */
  readonly indicator?: string;
}

/**
 * The options of {@link sumQuantities}.
 *
 * @example
 * ```ts
 * import { sumQuantities, type SumOptions } from 'mnd-mps-coordination';
 * const options: SumOptions = { allowMixed: true };
 * sumQuantities([], options).count; // 0
 * ```
 * @category Aggregations
 */
export interface SumOptions {
  /** Add the figures even when their units, scopes or period lengths differ or their periods overlap, every quantity as reported (as sumQuantities did before it compared figures). */
  readonly allowMixed?: boolean;
}

/**
 * How long a period is, as an ISO 8601 duration: `P<n>M` (whole months: the period runs from
 * the first day of a month to the last day of a month, so a year is `P12M`, a quarter `P3M`),
 * else `P<n>D` (days, both ends counted), or `open` for a period with an open end (a running
 * total "up to now"). Figures are comparable only over periods of the same length.
 *
 * @example
 * ```ts
 * import { periodLength, type PeriodLength } from 'mnd-mps-coordination';
 * const year: PeriodLength = periodLength({ earliest: '2024-01-01', latest: '2024-12-31' }); // 'P12M'
 * ```
 * @category Aggregations
 */
export type PeriodLength = `P${number}M` | `P${number}D` | 'open';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** The milliseconds of a UTC calendar day (any year, not only those after 99). */
function dayTime(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The length of a period (its `earliest` and `latest` days): whole months when it runs from the
 * first day of a month to the last day of a month, else days; `open` when an end is open.
 *
 * @throws {@link InvalidArgumentError} for an end that is not a `YYYY-MM-DD` day or null, or a
 * period that ends before it starts.
 * @example
 * ```ts
 * import { getRecord, periodLength } from 'mnd-mps-coordination';
 * periodLength(getRecord('metrics', 'annual-review-2024-links-removed').period); // 'P12M'
 * periodLength({ earliest: '2023-01-01', latest: '2023-06-30' }); // 'P6M' (H1 2023)
 * periodLength({ earliest: '2010-07-12', latest: '2016-01-07' }); // 'P2006D'
 * periodLength({ earliest: null, latest: '2025-01-15' }); // 'open'
 * ```
 * @category Aggregations
 */
export function periodLength(period: Span): PeriodLength {
  return lengthOf(period, 'period');
}

/** {@link periodLength} of a period given as `argument`, which messages name. */
function lengthOf(period: unknown, argument: string): PeriodLength {
  const object = period !== null && typeof period === 'object';
  ensure(object, argument, '{ earliest, latest }', period);
  const { earliest, latest } = period as Partial<Span>;
  const [start, end] = [earliest, latest].map((day, index) => {
    if (day === null) return null;
    const match = typeof day === 'string' ? DAY.exec(day) : null;
    if (match) return match.slice(1).map(Number) as [number, number, number];
    const name = index === 0 ? 'earliest' : 'latest';
    ensure(false, `${argument}.${name}`, 'a YYYY-MM-DD day or null', day);
  });
  if (!start || !end) return 'open';
  const [startTime, endTime] = [dayTime(...start), dayTime(...end)];
  if (endTime < startTime)
    throw new InvalidArgumentError(argument, `ends (${latest}) before it starts (${earliest})`);
  const [startYear, startMonth, startDay] = start;
  const [endYear, endMonth, endDay] = end;
  if (startDay === 1 && endDay === new Date(dayTime(endYear, endMonth + 1, 0)).getUTCDate())
    return `P${(endYear - startYear) * 12 + endMonth - startMonth + 1}M`;
  return `P${Math.round((endTime - startTime) / MS_PER_DAY) + 1}D`;
}

/** A period length in words: "3 months", "2,006 days", "open". */
function lengthWords(length: PeriodLength): string {
  if (length === 'open') return 'open';
  const count = Number(length.slice(1, -1));
  const unit = length.endsWith('M') ? 'month' : 'day';
  return `${formatNumber(count)} ${unit}${count === 1 ? '' : 's'}`;
}

/** A period length for people: "periods of 3 months", "periods of 2,006 days", "open periods". */
export const lengthLabel = (length: PeriodLength): string =>
  length === 'open' ? 'open periods' : `periods of ${lengthWords(length)}`;

/** About how many days a period of a length has (open: Infinity), to order lengths. */
export const lengthDays = (length: PeriodLength): number =>
  length === 'open'
    ? Number.POSITIVE_INFINITY
    : Number(length.slice(1, -1)) * (length.endsWith('M') ? 30.436875 : 1);

/** A scope as a key: `national`, or `<level>:<place id>` (`province:quang-ninh`). */
export const scopeKey = (scope: Figure['scope']): string =>
  scope.place === null ? scope.level : `${scope.level}:${scope.place}`;

/** What makes a figure comparable with others: its scope as a key, the length of its period, and the set it belongs to (scope, unit and length). */
export interface Comparability {
  readonly scope: string;
  readonly length: PeriodLength;
  /** `<scope>|<unit>|<length>`, as groups name their set. */
  readonly key: string;
  /** The set as a key that orders sets: national first, then by level and place, unit, and length (shortest first, open last). */
  readonly set: string;
}

const COMPARABILITY = Symbol('comparability of metrics');

/** The comparability of a dataset's metrics: worked out once per metric, and kept by the dataset (by id: faster than by object). */
export function comparabilityIn(
  dataset: Dataset<Ids>,
): (figure: Figure & { readonly id: string }) => Comparability {
  const known = dataset.built(COMPARABILITY, () => new Map<string, Comparability>());
  return (figure) =>
    getOrMake(known, figure.id, () => {
      const { unit, scope: where } = figure;
      const scope = scopeKey(where);
      const length = periodLength(figure.period);
      const days = String(Math.round(lengthDays(length) * 100)).padStart(16, '0');
      const set = `${SCOPE_LEVELS.indexOf(where.level)}${where.place ?? ''}\u0000${unit}\u0000${days}${length}`;
      return { scope, length, key: `${scope}|${unit}|${length}`, set };
    });
}

/** The bounds of a quantity or of a figure's reports together, whether each excludes its bound, and whether it is exact. */
interface Bounds {
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerExclusive: boolean;
  readonly upperExclusive: boolean;
  readonly exact: boolean;
}

/**
 * The reports of one figure taken together: the tightest bounds they all allow, whether a report
 * that gives a bound excludes it, and whether the bounds can all hold. Exact when they can and
 * one report is exact.
 */
export function combineReports(reports: readonly Summand[]): Bounds & { consistent: boolean } {
  let lower: number | null = null;
  let upper: number | null = null;
  let lowerExclusive = false;
  let upperExclusive = false;
  let exact = false;
  for (const { qualifier, lower: low, upper: high } of reports) {
    const rule = QUALIFIER_RULES[qualifier];
    if (low !== null && (lower === null || low >= lower)) {
      lowerExclusive = (low === lower && lowerExclusive) || rule.lowerExclusive;
      lower = low;
    }
    if (high !== null && (upper === null || high <= upper)) {
      upperExclusive = (high === upper && upperExclusive) || rule.upperExclusive;
      upper = high;
    }
    exact ||= qualifier === 'exact';
  }
  const consistent =
    lower === null ||
    upper === null ||
    lower < upper ||
    (lower === upper && !lowerExclusive && !upperExclusive);
  return { lower, upper, lowerExclusive, upperExclusive, exact: exact && consistent, consistent };
}

/** The bounds of one quantity: {@link combineReports} of it alone. */
const boundsOf = (quantity: Summand): Bounds => combineReports([quantity]);

/** Throws when a bound of a total is too large to count exactly. */
function countable(name: string, bound: number | null): void {
  if (bound !== null && bound > Number.MAX_SAFE_INTEGER)
    throw new InvalidArgumentError(
      'quantities',
      `the ${name} bound of the total (${bound}) is too large to count exactly`,
    );
}

/** The interval sum of bounds: unknown where a part's is unknown, exclusive where a part's is. */
function sumBounds(parts: readonly Bounds[]): QuantitySum {
  let lower: number | null = 0;
  let upper: number | null = 0;
  let lowerExclusive = false;
  let upperExclusive = false;
  let exact = true;
  for (const part of parts) {
    exact &&= part.exact;
    lower = lower === null || part.lower === null ? null : lower + part.lower;
    upper = upper === null || part.upper === null ? null : upper + part.upper;
    lowerExclusive ||= part.lowerExclusive;
    upperExclusive ||= part.upperExclusive;
  }
  countable('lower', lower);
  countable('upper', upper);
  if (lower === null) lowerExclusive = false;
  if (upper === null) upperExclusive = false;
  const value = exact ? lower : null;
  const qualifier = exact
    ? 'exact'
    : intervalQualifier(lower, upper, lowerExclusive, upperExclusive);
  const count = parts.length;
  return { value, lower, upper, lowerExclusive, upperExclusive, qualifier, count };
}

/** {@link sumQuantities} of quantities known to be valid (those of a dataset's metrics), each added as reported. */
export const addQuantities = (quantities: readonly Summand[]): QuantitySum =>
  sumBounds(quantities.map(boundsOf));

// Named functions rather than arrows in the calls below: a hot path should not make closures.
const pointKey = ({ indicator = '', period }: Figure) =>
  `${indicator}\u0000${period.earliest}\u0000${period.latest}`;
const indicatorOfPoint = ([first]: readonly [Figure, ...Figure[]]) => first.indicator ?? '';
const periodOfPoint = ([first]: readonly [Figure, ...Figure[]]) => first.period;
const quantityOf = (figure: Figure) => figure.quantity;

/**
 * The total of figures of one unit, scope and period length: the reports of one figure (one
 * indicator, period and scope) taken together, the figures added. Why they cannot be added,
 * instead, when two periods of one indicator overlap or two reports of one period disagree.
 * Units, scopes and lengths are the caller's to compare.
 */
export function figuresTotal(figures: readonly Figure[]): QuantitySum | string {
  // One figure (most sets): nothing to compare.
  if (figures.length === 1) return sumBounds([boundsOf((figures[0] as Figure).quantity)]);
  const points = [...groupBy(figures, pointKey).values()] as [Figure, ...Figure[]][];
  if (points.length > 1)
    for (const reports of groupBy(points, indicatorOfPoint).values()) {
      const periods = reports.map(periodOfPoint).sort(compareSpans);
      let reach = periods[0] as Figure['period'];
      for (const period of periods.slice(1)) {
        if (reach.latest === null || period.earliest === null || period.earliest <= reach.latest)
          return `periods overlap: ${dateLabel(reach.edtf)} and ${dateLabel(period.edtf)}`;
        if (period.latest === null || period.latest > reach.latest) reach = period;
      }
    }
  const parts: Bounds[] = [];
  for (const reports of points) {
    const combined = combineReports(reports.map(quantityOf));
    if (!combined.consistent) return disagreement(reports);
    parts.push(combined);
  }
  return sumBounds(parts);
}

/** The report that gives the tightest bound on one side (the first such). */
function tightestOn(reports: readonly [Figure, ...Figure[]], side: 'lower' | 'upper'): Figure {
  let best = reports[0];
  for (const report of reports) {
    const [bound, kept] = [report.quantity[side], best.quantity[side]];
    if (bound !== null && (kept === null || (side === 'lower' ? bound > kept : bound < kept)))
      best = report;
  }
  return best;
}

/** Why the reports of one period and scope cannot be one figure: the report with the highest lower bound and the one with the lowest upper bound. */
function disagreement(reports: readonly [Figure, ...Figure[]]): string {
  const [first] = reports;
  const [lower, upper] = [tightestOn(reports, 'lower'), tightestOn(reports, 'upper')];
  return `figures of one period disagree: ${quantityReading(lower.quantity, lower.unit)} and ${quantityReading(upper.quantity, upper.unit)} for ${dateLabel(first.period.edtf)} cannot both be the figure (several figures of one period and scope, such as a total and its parts, are never added)`;
}

/** The interval qualifier of a total that is not exact, from which of its bounds are known. */
function intervalQualifier(
  lower: number | null,
  upper: number | null,
  lowerExclusive: boolean,
  upperExclusive: boolean,
): QuantitySum['qualifier'] {
  if (lower === null && upper === null) return 'unknown';
  if (upper === null) return lowerExclusive ? 'more-than' : 'at-least';
  if (lower === null) return upperExclusive ? 'less-than' : 'up-to';
  return 'between';
}

const isFigure = (item: object): item is Figure => 'quantity' in item;

/** Checks one item of the list: a valid quantity, or a figure with a valid quantity, unit, scope and period. */
function checkItem(item: unknown, at: string): void {
  if (item === null || typeof item !== 'object')
    throw new InvalidArgumentError(
      at,
      'expected a quantity with qualifier, value, lower and upper, or a figure (a metric)',
    );
  const figure = item as Partial<Record<keyof Figure, unknown>>;
  const quantity = isFigure(item) ? figure.quantity : item;
  const where = isFigure(item) ? `${at}.quantity` : at;
  if (quantity === null || typeof quantity !== 'object')
    throw new InvalidArgumentError(
      where,
      'expected a quantity with qualifier, value, lower and upper',
    );
  const [issue] = quantityIssues(quantity as Summand);
  if (issue) throw new InvalidArgumentError(`${where}.${issue.field}`, issue.message);
  if (!isFigure(item)) return;
  const { unit, indicator } = figure;
  ensure(typeof unit === 'string' && unit !== '', `${at}.unit`, 'what one unit counts', unit);
  const scope = figure.scope as Partial<Figure['scope']> | null | undefined;
  ensure(scope !== null && typeof scope === 'object', `${at}.scope`, '{ level, place }', scope);
  oneOf(scope.level, SCOPE_LEVELS, `${at}.scope.level`);
  const { place } = scope;
  const placed = place === null || typeof place === 'string';
  ensure(placed, `${at}.scope.place`, 'a place id or null', place);
  const period = figure.period as Partial<Figure['period']> | null | undefined;
  const edtf = typeof period?.edtf === 'string';
  ensure(edtf, `${at}.period`, '{ edtf, earliest, latest }', period);
  lengthOf(period, `${at}.period`);
  const named = indicator === undefined || typeof indicator === 'string';
  ensure(named, `${at}.indicator`, 'an indicator id', indicator);
}

/**
 * Adds reported figures with interval arithmetic on their bounds: lower bounds add up to the lower
 * bound of the total and upper bounds to its upper bound; a bound unknown for any part is unknown
 * for the total, and a bound exclusive for any part ("more than 100") is exclusive for the total.
 * Only exact parts give an exact total.
 *
 * Given figures (metrics, or quantities with their unit, scope and period: see {@link Figure}),
 * it adds only what can be added: one unit, one scope (level and place), and periods of one
 * length that do not overlap (figures of different indicators count different things, so their
 * periods may coincide). The reports of one figure (the same indicator, period and scope) are one
 * figure, taken together with the tightest bounds they all allow as {@link metricSeries} takes
 * them, not added. `allowMixed: true` adds every quantity as reported whatever it counts. Plain
 * quantities (without unit, scope and period) are added as they come.
 *
 * @throws {@link InvalidArgumentError} naming the difference, unless `allowMixed` is true:
 * "different units: persons and person-turns", "different scopes: national and
 * province:nghe-an", "periods overlap: 2022 and H1 2022", "figures of one period disagree: ...",
 * "periods differ in length: ...", or a plain quantity among figures; and, whatever the options,
 * for a part that breaks its qualifier's rule or a figure without a valid unit, scope or period,
 * and for a total too large to count exactly (beyond Number.MAX_SAFE_INTEGER).
 * @example
 * ```ts
 * import { getRecord, sumQuantities } from 'mnd-mps-coordination';
 * const plans = getRecord('metrics', 'annual-review-2024-national-security-plans'); // 315 plans
 * const drugCases = getRecord('metrics', 'annual-review-2024-drug-cases'); // more than 100 cases
 * sumQuantities([plans.quantity, drugCases.quantity]).lower; // 415: plain quantities are added as they come
 * try {
 *   sumQuantities([plans, drugCases]); // two figures: they are compared first
 * } catch (error) {
 *   console.log((error as Error).message); // 'quantities: different units: plans and cases'
 * }
 * sumQuantities([plans, drugCases], { allowMixed: true }).qualifier; // 'more-than'
 * ```
 * @category Aggregations
 */
export function sumQuantities(
  quantities: readonly (Summand | Figure)[],
  options?: SumOptions,
): QuantitySum {
  const allowMixed = aBoolean(readOptions(options, ['allowMixed']).allowMixed, 'allowMixed');
  if (!Array.isArray(quantities))
    throw new InvalidArgumentError('quantities', 'expected a list of quantities or figures');
  const items = quantities as readonly unknown[];
  items.forEach((item, index) => checkItem(item, `quantities[${index}]`));
  const figures = quantities.filter((item): item is Figure => isFigure(item));
  const mixed = (reason: string) => new InvalidArgumentError('quantities', reason);
  if (figures.length === 0 || allowMixed)
    return addQuantities(quantities.map((item) => (isFigure(item) ? item.quantity : item)));
  if (figures.length < quantities.length)
    throw mixed(
      'a plain quantity cannot be compared with figures: give each its unit, scope and period (as a metric has them), or pass allowMixed: true',
    );
  const [first] = figures as [Figure, ...Figure[]];
  const unit = figures.find((figure) => figure.unit !== first.unit);
  if (unit) throw mixed(`different units: ${first.unit} and ${unit.unit}`);
  const scope = figures.find((figure) => scopeKey(figure.scope) !== scopeKey(first.scope));
  if (scope) throw mixed(`different scopes: ${scopeKey(first.scope)} and ${scopeKey(scope.scope)}`);
  const total = figuresTotal(figures);
  if (typeof total === 'string') throw mixed(total);
  const length = periodLength(first.period);
  const other = figures.find((figure) => periodLength(figure.period) !== length);
  if (other) {
    const period = (figure: Figure, of: PeriodLength) =>
      `${dateLabel(figure.period.edtf)} (${lengthWords(of)})`;
    const otherLength = periodLength(other.period);
    throw mixed(
      `periods differ in length: ${period(first, length)} and ${period(other, otherLength)}`,
    );
  }
  return total;
}
