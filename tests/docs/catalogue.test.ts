import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../scripts/lib/docs/chart-specs.js';
import { isOptional } from '../../scripts/lib/docs/field-dictionary.js';
import { writeCatalogue } from '../../scripts/lib/docs/write-catalogue.js';
import { COLLECTION_NAMES } from '../../src/dataset/collections.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { jsonSchemaOf } from '../../src/export/json-schemas.js';
import { scratchDir } from '../helpers/scratch.js';

const dataset = bundledDataset;
let folder = '';
let written: string[] = [];
const page = (collection: string) => readFileSync(join(folder, `${collection}.md`), 'utf8');

/** The "Filled" cell of a field's row in a page's field dictionary. */
function filledCell(collection: string, field: string): string {
  const row = page(collection)
    .split('\n')
    .find((line) => line.startsWith(`| \`${field}\` |`));
  if (!row) throw new Error(`no row for ${field} in ${collection}.md`);
  return row.split(' | ')[3] ?? '';
}

describe('the data catalogue', () => {
  beforeAll(async () => {
    folder = scratchDir('mnd-mps-catalogue');
    written = await writeCatalogue(dataset, folder, '9.9.9');
  });

  it('has an index and one page per collection, and the index counts each collection', () => {
    expect(written.filter((path) => path.endsWith('.md')).sort()).toEqual(
      ['index.md', ...COLLECTION_NAMES.map((collection) => `${collection}.md`)].sort(),
    );
    const index = readFileSync(join(folder, 'index.md'), 'utf8');
    expect(index).toContain('9.9.9');
    for (const collection of COLLECTION_NAMES)
      expect(index).toMatch(
        new RegExp(`\\(${collection}\\.md\\) \\| ${dataset[collection].length} \\|`),
      );
  });

  it('gives every record a section headed by its id, and nothing else', () => {
    for (const collection of COLLECTION_NAMES) {
      const headings = [...page(collection).matchAll(/^### (.+)$/gm)].map((match) => match[1]);
      expect(headings, collection).toEqual(dataset[collection].map((record) => record.id));
    }
  });

  it('links only to records that exist, on the page of their collection', () => {
    const ids = new Map<string, Set<string>>(
      COLLECTION_NAMES.map((collection) => [
        `${collection}.md`,
        new Set(dataset[collection].map((record) => record.id)),
      ]),
    );
    const broken: string[] = [];
    let links = 0;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
      for (const [, target = '', anchor = ''] of readFileSync(join(folder, name), 'utf8').matchAll(
        /\]\(([a-z-]+\.md)#([a-z0-9-]+)\)/g,
      )) {
        links += 1;
        if (!ids.get(target)?.has(anchor)) broken.push(`${name}: ${target}#${anchor}`);
      }
    }
    expect(links).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('links a meeting to each of its co-chairs, documents, metrics and sources', () => {
    const meetings = page('meetings');
    for (const meeting of dataset.meetings) {
      const section =
        meetings.slice(meetings.indexOf(`### ${meeting.id}\n`)).split(/\n### /)[0] ?? '';
      for (const person of meeting.coChairs) expect(section).toContain(`(people.md#${person})`);
      for (const document of meeting.documents)
        expect(section).toContain(`(documents.md#${document})`);
      for (const metric of dataset.metrics.filter((candidate) => candidate.meeting === meeting.id))
        expect(section).toContain(`(metrics.md#${metric.id})`);
      for (const source of dataset.sources.filter((candidate) =>
        candidate.reports.includes(meeting.id),
      ))
        expect(section).toContain(`(sources.md#${source.id})`);
    }
  });

  it('shows every quantity in the words of its source', () => {
    const metrics = page('metrics');
    for (const metric of dataset.metrics)
      expect(metrics).toContain(`“${metric.quantity.asReported}”`);
  });

  it('renders a timeline, a series per indicator with metrics and a ranks chart per official with ranks, as SVG', () => {
    const charts = written.filter((path) => path.startsWith('charts/'));
    const expected = [
      'charts/meetings-timeline.svg',
      ...new Set(dataset.metrics.map((metric) => `charts/indicator-${metric.indicator}.svg`)),
      ...dataset.people
        .filter((person) => person.ranks.length > 0)
        .map((person) => `charts/ranks-${person.id}.svg`),
    ];
    expect(charts.sort()).toEqual(expected.sort());
    for (const chart of charts) {
      const svg = readFileSync(join(folder, chart), 'utf8');
      const [, width = '0', height = '0'] =
        /<svg[^>]* width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg) ?? [];
      expect(Number(width) * Number(height), chart).toBeGreaterThan(0);
    }
    for (const person of dataset.people.filter((candidate) => candidate.ranks.length > 0)) {
      const svg = readFileSync(join(folder, `charts/ranks-${person.id}.svg`), 'utf8');
      for (const claim of person.ranks) expect(svg, person.id).toContain(claim.asReported);
    }
  });

  it('draws a magnitude as a range from its lower to its upper bound, and an open bound as a one-sided marker, never as a made-up number', () => {
    for (const indicator of dataset.indicators) {
      const spec = indicatorSeries(dataset, indicator);
      if (spec === null) continue;
      const values = (
        spec.data as {
          values: {
            lower: number | null;
            upper: number | null;
            at: number | null;
            bounds: string;
          }[];
        }
      ).values;
      for (const value of values) {
        expect([value.lower, value.upper]).toContain(value.at);
        if (value.lower !== null && value.upper !== null)
          expect(value.bounds).toBe(value.lower === value.upper ? 'exact' : 'range');
        if (value.upper === null && value.lower !== null)
          expect(value.bounds).toBe('lower bound only');
        if (value.lower === null && value.upper !== null)
          expect(value.bounds).toBe('upper bound only');
      }
    }
    const magnitude = dataset.metrics.find((metric) => metric.quantity.qualifier === 'magnitude');
    const indicator = dataset.indicators.find((candidate) => candidate.id === magnitude?.indicator);
    if (magnitude === undefined || indicator === undefined)
      throw new Error('the data has no magnitude metric to check');
    const spec = indicatorSeries(dataset, indicator);
    const values = (
      spec?.data as { values: { lower: number | null; upper: number | null; bounds: string }[] }
    ).values;
    expect(values).toContainEqual(
      expect.objectContaining({
        lower: magnitude.quantity.lower,
        upper: magnitude.quantity.upper,
        bounds: 'range',
      }),
    );
  });

  it('counts in the field dictionary how many records fill each field', () => {
    const count = (condition: boolean[]) =>
      `${condition.filter(Boolean).length} of ${condition.length}`;
    expect(filledCell('meetings', 'periodReviewed.edtf')).toContain(
      count(dataset.meetings.map((meeting) => meeting.periodReviewed !== null)),
    );
    expect(filledCell('people', 'otherNames')).toContain(
      count(dataset.people.map((person) => person.otherNames.length > 0)),
    );
    expect(filledCell('metrics', 'note')).toContain(
      count(dataset.metrics.map((metric) => metric.note !== undefined)),
    );
    expect(filledCell('documents', 'issued.edtf')).toContain(
      count(dataset.documents.map((document) => document.issued !== null)),
    );
    expect(filledCell('sources', 'url')).toContain(
      count(dataset.sources.map((source) => source.url !== null)),
    );
    expect(filledCell('meetings', 'id')).toContain(
      `${dataset.meetings.length} of ${dataset.meetings.length} (100%)`,
    );
    expect(filledCell('redirects', 'id')).toBe(
      dataset.redirects.length === 0
        ? 'no records'
        : `${dataset.redirects.length} of ${dataset.redirects.length} (100%)`,
    );
  });
});

describe('which fields the field dictionary calls optional', () => {
  const meeting = jsonSchemaOf('meetings');

  it('a field every record must give is required', () => {
    expect(isOptional(meeting, ['id'])).toBe(false);
    expect(isOptional(meeting, ['date', 'edtf'])).toBe(false);
    expect(isOptional(meeting, ['sources'])).toBe(false);
  });

  it('a field that may be absent, null, inside a null object, or an empty list is optional', () => {
    expect(isOptional(meeting, ['note'])).toBe(true);
    expect(isOptional(meeting, ['periodReviewed', 'edtf'])).toBe(true);
    expect(isOptional(meeting, ['documents'])).toBe(true);
    expect(isOptional(meeting, ['date', 'note'])).toBe(true);
  });

  it('a field the schema does not have is an error, not a guess', () => {
    expect(() => isOptional(meeting, ['venue'])).toThrow(/no field "venue"/);
  });
});
