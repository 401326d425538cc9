import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '../../src/dataset/dataset-input.js';
import { readEdtf } from '../../src/lib/edtf.js';
import { COLLECTION_NAMES as COLLECTIONS } from '../../src/lib/vocabulary.js';
import { QUALIFIER_RULES, type Qualifier } from '../../src/schemas/quantity.js';

/**
 * Synthetic datasets for the benchmarks: `scale` copies of the bundled records (copy 0 is the real
 * dataset, unchanged), each with its own ids, moved by whole years so that dates spread over three
 * decades, with meeting dates at every precision and quantities of every qualifier. Indicators are
 * shared by about √scale copies each, so series grow with the data as they would in real use.
 * Every dataset the generator makes passes `createDataset` (a test holds it to that).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = { [key: string]: Json };

type Collection = (typeof COLLECTIONS)[number];

const DIST_DATA = fileURLToPath(new URL('../../dist/data/', import.meta.url));
const QUALIFIERS = Object.keys(QUALIFIER_RULES) as Qualifier[];
/** Meeting-date precisions cycled through the copies, as EDTF built from a year, month and day. */
const DATE_FORMS: readonly ((year: number, month: number, day: number) => string)[] = [
  (year, month, day) => `${year}-${pad(month)}-${pad(day)}`,
  (year, month) => `${year}-${pad(month)}`,
  (year, month) => `${year}-${32 + Math.ceil(month / 3)}`,
  (year, month) => `${year}-${month <= 6 ? 40 : 41}`,
  (year) => `${year}`,
  (year, month, day) => `${year}-${pad(month)}-${pad(day)}~`,
  (year, month) => `${year}-${pad(month)}?`,
];
/** Years added to copy k: from 22 years earlier to 7 years later, so 2018-2025 spreads over 1996-2032. */
const yearShift = (copy: number) => (copy === 0 ? 0 : ((copy * 7) % 30) - 22);

function pad(number: number): string {
  return String(number).padStart(2, '0');
}

/** The bundled records as published in `dist/data/*.json` (run `npm run build` first). */
export function bundledRecords(): Record<Collection, JsonRecord[]> {
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      JSON.parse(readFileSync(`${DIST_DATA}${collection}.json`, 'utf8')) as JsonRecord[],
    ]),
  ) as Record<Collection, JsonRecord[]>;
}

function shiftEdtf(edtf: string, years: number): string {
  return edtf.replace(/\d{4}/g, (year) => String(Number(year) + years));
}

/** Rewrites every date object ({ edtf, earliest, latest }) in a record by `years`, keeping its bounds consistent. */
function withDatesShifted(value: Json, years: number, interval: boolean): Json {
  if (Array.isArray(value)) return value.map((item) => withDatesShifted(item, years, interval));
  if (value === null || typeof value !== 'object') return value;
  const copy: JsonRecord = {};
  for (const [key, inner] of Object.entries(value))
    copy[key] = withDatesShifted(inner, years, interval);
  if (typeof copy.edtf === 'string' && 'earliest' in copy && 'latest' in copy)
    setEdtf(copy, shiftEdtf(copy.edtf, years));
  return copy;
}

function setEdtf(date: JsonRecord, edtf: string): void {
  const reading = readEdtf(edtf, { allowInterval: true });
  if (!reading.ok) throw new Error(`synthetic date ${edtf}: ${reading.reason}`);
  date.edtf = edtf;
  date.earliest = reading.value.earliest;
  date.latest = reading.value.latest;
  date.precision = reading.value.precision;
}

/** The fields whose values are ids (every field the schemas declare with `IdSchema`). */
const ID_FIELDS = new Set([
  'actors',
  'chairs',
  'coChairs',
  'document',
  'documents',
  'group',
  'id',
  'indicator',
  'issuer',
  'meeting',
  'metrics',
  'organization',
  'parent',
  'person',
  'reports',
  'source',
  'sources',
  'to',
]);

/** Renames every id a record holds (its own, its references and its metric group) with `rename`. */
function withIdsRenamed(
  value: Json,
  rename: (id: string, field: string) => string,
  key = '',
): Json {
  if (Array.isArray(value)) return value.map((item) => withIdsRenamed(item, rename, key));
  if (typeof value === 'string') return ID_FIELDS.has(key) ? rename(value, key) : value;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([inner, item]) => [inner, withIdsRenamed(item, rename, inner)]),
  );
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** A quantity of the given qualifier near `base`, with the bounds its qualifier implies and words to match. */
function quantityOf(qualifier: Qualifier, base: number, copy: number): JsonRecord {
  const value = Math.max(1, Math.round(base * (1 + (copy % 5) / 4)));
  const words: Record<Qualifier, string> = {
    exact: formatCount(value),
    'more-than': `more than ${formatCount(value)}`,
    over: `over ${formatCount(value)}`,
    'at-least': `at least ${formatCount(value)}`,
    nearly: `nearly ${formatCount(value)}`,
    about: `about ${formatCount(value)}`,
    'up-to': `up to ${formatCount(value)}`,
    magnitude: value < 1000 ? 'hundreds of' : 'thousands of',
  };
  const rule = QUALIFIER_RULES[qualifier];
  const magnitude = value < 1000 ? [100, 999] : [1000, 9999];
  const bound = (side: 'lower' | 'upper') => {
    const kind = rule[side];
    if (kind === 'value') return value;
    if (kind === 'given') return side === 'lower' ? magnitude[0]! : magnitude[1]!;
    if (kind === 'around')
      return copy % 2 === 0
        ? null
        : side === 'lower'
          ? Math.floor(value * 0.9)
          : Math.ceil(value * 1.1);
    return null;
  };
  return {
    value: rule.value === 'null' ? null : value,
    qualifier,
    lower: bound('lower'),
    upper: bound('upper'),
    asReported: words[qualifier],
  };
}

/** Gives a copied metric a quantity of another qualifier, with a synthetic quote that states it. */
function varyMetric(metric: JsonRecord, copy: number, position: number): JsonRecord {
  const original = metric.quantity as JsonRecord;
  const base = (original.value ?? original.lower ?? original.upper ?? 1) as number;
  const quantity = quantityOf(QUALIFIERS[(copy + position) % QUALIFIERS.length]!, base, copy);
  const words = [
    quantity.asReported as string,
    metric.counted as string,
    ...(typeof metric.actorsAsReported === 'string' ? [metric.actorsAsReported] : []),
  ];
  const quote = words.join(' ');
  const [first] = metric.evidence as JsonRecord[];
  return {
    ...metric,
    quantity,
    evidence: [{ source: first!.source as string, quote, start: 0, end: [...quote].length }],
  };
}

/** Moves a copied meeting's date to one of the precisions, keeping the month and day it had. */
function varyMeetingDate(meeting: JsonRecord, copy: number): JsonRecord {
  const date = { ...(meeting.date as JsonRecord) };
  const [year, month = 6, day = 15] = (date.earliest as string).split('-').map(Number) as [
    number,
    number?,
    number?,
  ];
  setEdtf(date, DATE_FORMS[copy % DATE_FORMS.length]!(year, month, day));
  return { ...meeting, date };
}

/** A dataset input of `scale` times the bundled records, and the number of records in each collection. */
export function syntheticDataset(
  scale: number,
  records: Record<Collection, JsonRecord[]> = bundledRecords(),
): DatasetInput {
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a whole number of 1 or more, got ${scale}`);
  const indicatorVariants = Math.ceil(Math.sqrt(scale));
  const output = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, [] as JsonRecord[]]),
  ) as Record<Collection, JsonRecord[]>;

  for (let variant = 0; variant < indicatorVariants; variant += 1) {
    for (const indicator of records.indicators)
      output.indicators.push(
        variant === 0 ? indicator : { ...indicator, id: `${indicator.id}-v${variant}` },
      );
  }
  for (let copy = 0; copy < scale; copy += 1) {
    if (copy === 0) {
      for (const collection of COLLECTIONS)
        if (collection !== 'indicators') output[collection].push(...records[collection]);
      continue;
    }
    const variant = copy % indicatorVariants;
    const rename = (id: string, field: string) =>
      field !== 'indicator' ? `${id}-s${copy}` : variant === 0 ? id : `${id}-v${variant}`;
    const years = yearShift(copy);
    for (const collection of COLLECTIONS) {
      if (collection === 'indicators') continue;
      records[collection].forEach((record, position) => {
        let copied = withDatesShifted(withIdsRenamed(record, rename), years, true) as JsonRecord;
        if (collection === 'metrics') copied = varyMetric(copied, copy, position);
        if (collection === 'meetings') copied = varyMeetingDate(copied, copy);
        output[collection].push(copied);
      });
    }
  }
  return output as unknown as DatasetInput;
}
