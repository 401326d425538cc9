import { daysInMonth, isoDay, monthsSpan } from './calendar.js';

/** How finely a date is known. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

/** Precisions from finest to coarsest. */
export const DATE_PRECISIONS = [
  'day',
  'month',
  'quarter',
  'half',
  'year',
] as const satisfies readonly DatePrecision[];

/** What an EDTF string of the supported subset denotes. */
export interface EdtfReading {
  /** Precision of the date, or of the coarsest closed end of an interval. */
  precision: DatePrecision;
  /** First day covered (`YYYY-MM-DD`), or null for an open start (`../...`). */
  earliest: string | null;
  /** Last day covered (`YYYY-MM-DD`), or null for an open end (`.../..`). */
  latest: string | null;
  /** True for `A/B` intervals. */
  interval: boolean;
}

/** The result of {@link readEdtf}: a reading, or the reason the string is outside the subset. */
export type EdtfResult = { ok: true; value: EdtfReading } | { ok: false; reason: string };

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const QUARTER_CODES: Record<string, number> = { '33': 1, '34': 2, '35': 3, '36': 4 };
const HALF_CODES: Record<string, number> = { '40': 1, '41': 2 };

function readSingle(text: string): EdtfResult {
  const match = SINGLE.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `"${text}" is not an EDTF date of the supported subset (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-33..36 for quarters, YYYY-40/41 for halves, optionally ending in ?, ~ or %)`,
    };
  }
  const year = Number(match[1]);
  const month = match[2];
  const day = match[3];
  if (month === undefined) {
    const [earliest, latest] = monthsSpan(year, 1, 12);
    return { ok: true, value: { precision: 'year', earliest, latest, interval: false } };
  }
  const quarter = QUARTER_CODES[month];
  const half = HALF_CODES[month];
  if (day === undefined && quarter !== undefined) {
    const [earliest, latest] = monthsSpan(year, quarter * 3 - 2, quarter * 3);
    return { ok: true, value: { precision: 'quarter', earliest, latest, interval: false } };
  }
  if (day === undefined && half !== undefined) {
    const [earliest, latest] = monthsSpan(year, half * 6 - 5, half * 6);
    return { ok: true, value: { precision: 'half', earliest, latest, interval: false } };
  }
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) {
    return {
      ok: false,
      reason: `"${text}" has month ${month}: use 01-12, 33-36 for quarters or 40-41 for halves (without a day)`,
    };
  }
  if (day === undefined) {
    const [earliest, latest] = monthsSpan(year, monthNumber, monthNumber);
    return { ok: true, value: { precision: 'month', earliest, latest, interval: false } };
  }
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber))
    return { ok: false, reason: `"${text}" is not a calendar date` };
  const only = isoDay(year, monthNumber, dayNumber);
  return { ok: true, value: { precision: 'day', earliest: only, latest: only, interval: false } };
}

/**
 * Reads an EDTF string of the subset this dataset uses and returns its precision and bounds.
 *
 * Supported: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, quarters `YYYY-33`..`YYYY-36`, halves `YYYY-40`
 * and `YYYY-41` (EDTF level 2 sub-year groupings), an optional trailing `?` (uncertain), `~`
 * (approximate) or `%` (both), and, when `allowInterval` is set, intervals `A/B` whose ends are
 * such dates or `..` (open). Bounds are those of the nominal date; qualifiers do not widen them.
 */
export function readEdtf(edtf: string, options: { allowInterval?: boolean } = {}): EdtfResult {
  if (!edtf.includes('/')) return readSingle(edtf);
  if (!options.allowInterval)
    return { ok: false, reason: `"${edtf}" is an interval; only a period may be an interval` };
  const parts = edtf.split('/');
  if (parts.length !== 2) return { ok: false, reason: `"${edtf}" has more than one "/"` };
  const [startText = '', endText = ''] = parts;
  if (startText === '..' && endText === '..')
    return { ok: false, reason: `"${edtf}" is open at both ends` };
  const start = startText === '..' ? null : readSingle(startText);
  const end = endText === '..' ? null : readSingle(endText);
  if (start && !start.ok) return start;
  if (end && !end.ok) return end;
  const closed = [start, end].flatMap((part) => (part && part.ok ? [part.value] : []));
  const precision = closed
    .map((part) => part.precision)
    .reduce((coarsest, next) =>
      DATE_PRECISIONS.indexOf(next) > DATE_PRECISIONS.indexOf(coarsest) ? next : coarsest,
    );
  const earliest = start && start.ok ? start.value.earliest : null;
  const latest = end && end.ok ? end.value.latest : null;
  if (earliest !== null && latest !== null && earliest > latest) {
    return { ok: false, reason: `"${edtf}" ends (${latest}) before it starts (${earliest})` };
  }
  return { ok: true, value: { precision, earliest, latest, interval: true } };
}

const QUARTER_OR_HALF = /^(\d{4})-(3[3-6]|4[01])([?~%])?$/;

/** A reader-friendly label for an EDTF string: "Q3 2018", "H1 2021", "up to 2025-01-15"; other forms unchanged. */
export function edtfLabel(edtf: string): string {
  if (edtf.includes('/')) {
    const [start = '..', end = '..'] = edtf.split('/');
    if (start === '..') return `up to ${edtfLabel(end)}`;
    if (end === '..') return `from ${edtfLabel(start)}`;
    return `${edtfLabel(start)} to ${edtfLabel(end)}`;
  }
  const match = QUARTER_OR_HALF.exec(edtf);
  if (!match) return edtf;
  const code = Number(match[2]);
  const part = code >= 40 ? `H${code - 39}` : `Q${code - 32}`;
  return `${part} ${match[1]}${match[3] ?? ''}`;
}
