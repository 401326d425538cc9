// The README and the guides state the bundled data's counts and names as the data has them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { COLLECTION_NAMES } from '../../../src/core/collections.js';
import { VIEWS } from '../../../src/export/sqlite.js';
import { TABLES } from '../../../src/export/tables.js';
import { EXPORT_FORMATS } from '../../../src/export/write-exports.js';
import { find } from '../../support/find-record.js';
import { projectRoot } from '../../support/paths.js';

/** The README and every guide, by path; the code blocks blanked (their output is checked by running them, in tests/dist/docs.test.ts), and so are the bench's results (a record of one run). */
const docs = new Map(
  ['README.md', ...readdirSync(join(projectRoot, 'docs')).map((name) => `docs/${name}`)]
    .filter((path) => path.endsWith('.md'))
    .map((path) => {
      const text = readFileSync(join(projectRoot, path), 'utf8');
      const results = text.indexOf('<!-- results -->');
      return [
        path,
        (results >= 0 ? text.slice(0, results) : text).replace(/^```[\s\S]*?^```$/gm, (block) =>
          block.replace(/[^\n]/g, ' '),
        ),
      ];
    }),
);
const doc = (path: string) => {
  const text = docs.get(path);
  if (text === undefined) throw new Error(`no ${path}`);
  return text;
};

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** A count as the docs write it ("2,456", "5", "ten"), as a number. */
const count = (written: string) => {
  const word = WORDS.indexOf(written.toLowerCase());
  return word >= 0 ? word : Number(written.replace(/,/g, ''));
};
/** A value as the docs state it: a count as a number ("2,456" and "2456", "ten" and "10" alike), anything else as written. */
const asStated = (value: string | undefined = '') =>
  /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(value) || WORDS.includes(value.toLowerCase())
    ? String(count(value))
    : value.replace(/\s+/g, ' ');
/** A day as the docs write it: "15 January 2025". */
const longDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const monthOf = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

// The data, counted here from the records themselves.
const national = bundled.meetings.filter((meeting) => meeting.level === 'national');
const provincial = bundled.meetings.filter((meeting) => meeting.level === 'province');
const provinceOf = (id: string | null): string | undefined => {
  let place = id === null ? undefined : find(bundled.places, id);
  while (place && place.level !== 'province')
    place = place.parent === null ? undefined : find(bundled.places, place.parent);
  return place?.id;
};
const bundledSources = bundled.sources.filter((source) => source.kind === 'bundled');
const citedSources = bundled.sources.filter((source) => source.kind === 'cited');
const citedIn = (language: string) =>
  citedSources.filter((source) => source.language === language).length;
/** Every piece of evidence of every record, found by its shape wherever it sits. */
const evidence: { kind: string }[] = [];
const collect = (value: unknown): void => {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value !== null && typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if ((item.kind === 'quote' || item.kind === 'cited') && typeof item.source === 'string')
      evidence.push({ kind: item.kind });
    else Object.values(item).forEach(collect);
  }
};
for (const name of COLLECTION_NAMES) collect(bundled[name]);
const byDate = [...national].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest));
const firstNational = byDate[0]!;
const lastNational = byDate[byDate.length - 1]!;
const arrested = bundled.metrics.filter((metric) => metric.indicator === 'persons-arrested');
const nationalArrests = arrested.filter((metric) => metric.scope.level === 'national');
const baRiaArrests = arrested.filter((metric) => metric.scope.place === 'ba-ria-vung-tau');
/** The meetings the bundled articles report: each date inferred, as the provenance guide says. */
const bundledMeetings = bundled.meetings.filter((meeting) =>
  meeting.sources.some((source) => bundledSources.some((article) => article.id === source)),
);

/**
 * What the docs state, where: a pattern whose groups are the stated values, and the values the
 * data has, in the same order. Every match of the pattern in the file must state them.
 */
const claims: { path: string; pattern: RegExp; data: () => readonly (number | string)[] }[] = [
  ...COLLECTION_NAMES.map((name) => ({
    path: 'README.md',
    pattern: new RegExp(`^\\| \`${name}\` \\| ([\\d,]+) \\|`, 'gm'),
    data: () => [bundled[name].length],
  })),
  {
    path: 'README.md',
    pattern:
      /\| ([\d,]+) national meetings of the two ministries, from the review of (\d{4}) to the review of (\d{4}) held on (\d+ \w+ \d{4}), and ([\d,]+) provincial meetings of the military commands, police and border guards of a province, in ([\d,]+) provinces \|/g,
    data: () => [
      national.length,
      firstNational.periodReviewed?.edtf ?? '',
      lastNational.periodReviewed?.edtf ?? '',
      longDay(lastNational.date.earliest),
      provincial.length,
      new Set(provincial.map((meeting) => provinceOf(meeting.place))).size,
    ],
  },
  {
    path: 'README.md',
    pattern:
      /\| ([\d,]+) bundled articles \(text in the package, SHA-256 recorded\) and ([\d,]+) cited public pages \(([\d,]+) in Vietnamese, ([\d,]+) in English, ([\d,]+) in French and ([\d,]+) in Chinese\) \|/g,
    data: () => [
      bundledSources.length,
      citedSources.length,
      citedIn('vi'),
      citedIn('en'),
      citedIn('fr'),
      citedIn('zh'),
    ],
  },
  {
    path: 'README.md',
    pattern: /with every claim; ([\d,]+) resolved by other evidence/g,
    data: () => [bundled.conflicts.filter((conflict) => conflict.resolution).length],
  },
  {
    path: 'README.md',
    pattern:
      /a \*\*quote\*\* of one of the (\w+) bundled news articles,[\s\S]*?a \*\*citation\*\* of one of ([\d,]+)\s+public pages/g,
    data: () => [bundledSources.length, citedSources.length],
  },
  {
    path: 'README.md',
    pattern:
      /Of the ([\d,]+) pieces of evidence, ([\d,]+) are quotes\s+and ([\d,]+) are citations\./g,
    data: () => [
      evidence.length,
      evidence.filter((item) => item.kind === 'quote').length,
      evidence.filter((item) => item.kind === 'cited').length,
    ],
  },
  {
    path: 'README.md',
    pattern: /The (\w+) bundled articles, by the curator's list/g,
    data: () => [bundledSources.length],
  },
  {
    path: 'README.md',
    pattern: /`npx mnd-mps export --out <dir>` writes all (\w+) anywhere/g,
    data: () => [EXPORT_FORMATS.length],
  },
  {
    path: 'README.md',
    pattern:
      /the ([\d,]+) suspects of the national five-year review \((\w+\s+\d{4}) to\s+(\w+\s+\d{4})\) stay apart from the ([\d,]+) of Ba Ria-Vung Tau in the first half of (\d{4})/g,
    data: () => [
      nationalArrests[0]?.quantity.value ?? '',
      monthOf(nationalArrests[0]?.period.earliest ?? ''),
      monthOf(nationalArrests[0]?.period.latest ?? ''),
      baRiaArrests[0]?.quantity.value ?? '',
      baRiaArrests[0]?.period.edtf.slice(0, 4) ?? '',
    ],
  },
  {
    path: 'docs/getting-started.md',
    pattern:
      /a quote of one\s+of the (\w+) bundled news articles, whose text ships with the package, or a citation of one of ([\d,]+)\s+public pages/g,
    data: () => [bundledSources.length, citedSources.length],
  },
  {
    path: 'docs/getting-started.md',
    pattern: /\*\*Records\*\* live in (\w+) collections/g,
    data: () => [COLLECTION_NAMES.length],
  },
  {
    path: 'docs/provenance.md',
    pattern: /The texts of the (\w+) bundled articles ship with the package/g,
    data: () => [bundledSources.length],
  },
  {
    path: 'docs/provenance.md',
    pattern: /All (\w+) meeting dates of the bundled\s+articles are inferred/g,
    data: () => {
      // "are inferred": each of them lists its date among its inferences.
      expect(
        bundledMeetings
          .filter((meeting) => !meeting.inferences.some((item) => item.field === 'date'))
          .map((meeting) => meeting.id),
      ).toEqual([]);
      return [bundledMeetings.length];
    },
  },
  {
    path: 'docs/data-model.md',
    pattern: /The Q3 2018 meeting was "presided over" by (\w+) officials/g,
    data: () => [find(bundled.meetings, 'standing-agencies-review-2018-q3').coChairs.length],
  },
  {
    path: 'docs/data-tools.md',
    pattern:
      /The export writes the formats\s+you name, or all (\w+), each in a folder of its own name/g,
    data: () => [EXPORT_FORMATS.length],
  },
  {
    path: 'docs/data-tools.md',
    pattern: /\(one column cannot lead to (\w+) tables\)/g,
    data: () => [COLLECTION_NAMES.length],
  },
  {
    path: 'docs/data-tools.md',
    pattern: /checks of every enumeration; (\w+) views;/g,
    data: () => [Object.keys(VIEWS).length],
  },
  {
    path: 'docs/data-tools.md',
    pattern:
      /([\d,]+) suspects over five and a half years beside ([\d,]+) in one province in one\s+half-year/g,
    data: () => [nationalArrests[0]?.quantity.value ?? '', baRiaArrests[0]?.quantity.value ?? ''],
  },
];

/** Numbers before a word that counts records, pages, tables and the like that are not counts of the bundled data: each with why. */
const notCounts: { path: string; text: string; why: string }[] = [
  { path: 'README.md', text: '1,000,000 records', why: 'a limit of createDataset' },
  { path: 'docs/curation.md', text: 'two metrics', why: 'a convention, by example' },
  { path: 'docs/curation.md', text: 'two indicators', why: 'a convention, by example' },
  { path: 'docs/data-model.md', text: 'two metrics', why: 'the model, by example' },
  { path: 'docs/data-model.md', text: 'two indicators', why: 'the model, by example' },
  { path: 'docs/data-model.md', text: 'three patrols is three person', why: 'an example of turns' },
  { path: 'docs/performance.md', text: '30,000 more metrics', why: "the bench's input" },
  { path: 'docs/performance.md', text: '100,000 invalid meetings', why: "the bench's input" },
];

/** Words as a pattern that finds them across line breaks. */
const wordsOf = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');

/** A number (digits, or a word up to twenty; not a bare four-digit year) and, up to three words on, a word that names what is counted. */
const STATED_COUNT = new RegExp(
  `(?<![\\w./-])(\\d{1,3}(?:,\\d{3})+|\\d{1,3}|\\d{5,}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?![\\w/-]|[.,]\\d)(?:\\s+[\\p{L}'-]+){0,3}?\\s+(?:collections?|sources?|articles?|texts?|pages?|meetings?|provinces?|people|persons?|officials?|organizations?|bodies|body|places?|documents?|metrics?|indicators?|conflicts?|redirects?|records?|evidence|pieces?|quotes?|citations?|rows?|tables?|formats?|commands?|views?|co-chairs?|folders?)\\b`,
  'giu',
);

describe('the counts the README and the guides state', () => {
  it('are the counts of the bundled data', () => {
    const stated: string[] = [];
    const actual: string[] = [];
    for (const claim of claims) {
      const matches = [...doc(claim.path).matchAll(claim.pattern)];
      expect(
        matches.length,
        `${claim.path} no longer says ${claim.pattern.source}: update the claim in this test with the docs`,
      ).toBeGreaterThan(0);
      const data = claim.data().map(String);
      for (const match of matches) {
        const where = `${claim.path}: "${match[0].replace(/\s+/g, ' ').slice(0, 80)}..."`;
        stated.push(`${where}: ${match.slice(1).map(asStated).join(' | ')}`);
        actual.push(`${where}: ${data.join(' | ')}`);
      }
    }
    expect(stated).toEqual(actual);
  });

  it('are all checked: every number put before a word that counts records, sources, tables and the like is a claim above or listed as no count of the data', () => {
    const unchecked: string[] = [];
    for (const [path, text] of docs) {
      const covered = [
        ...claims.filter((claim) => claim.path === path).map((claim) => claim.pattern),
        ...notCounts.filter((entry) => entry.path === path).map((entry) => wordsOf(entry.text)),
      ].flatMap((pattern) =>
        [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]),
      );
      for (const match of text.matchAll(STATED_COUNT))
        if (!covered.some(([start = 0, end = 0]) => match.index >= start && match.index < end))
          unchecked.push(`${path}: ${match[0].replace(/\s+/g, ' ')}`);
    }
    expect(unchecked).toEqual([]);
    // And no listed exception is stale.
    expect(
      notCounts
        .filter((entry) => !wordsOf(entry.text).test(doc(entry.path)))
        .map((entry) => `${entry.path}: ${entry.text}`),
    ).toEqual([]);
  });
});

/** The cells of a Markdown table's column, in the table whose header row starts with `header`. */
function column(path: string, header: string, index: number): string[] {
  const lines = doc(path).split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  expect(start, `${path}: a table headed "${header}"`).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split(' | ')[index]?.replace(/^\| /, '').replace(/ \|$/, '') ?? '');
  }
  return rows;
}
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

describe('the names the README and the guides list', () => {
  it('the collections: in the README, the getting-started guide and the data model, each of them once', () => {
    const sorted = [...COLLECTION_NAMES].sort();
    expect(column('README.md', 'collection', 0).flatMap(names).sort()).toEqual(sorted);
    expect(column('docs/data-model.md', 'collection', 0).flatMap(names).sort()).toEqual(sorted);
    const [listed = ''] =
      /\*\*Records\*\* live in \w+ collections: ([^.]*)\./.exec(doc('docs/getting-started.md')) ??
      [];
    expect(names(listed).sort()).toEqual(sorted);
  });

  it('the tables of the data tools guide, with their primary keys, are the tables the exports write', () => {
    const tables = column('docs/data-tools.md', 'table', 0);
    const keys = column('docs/data-tools.md', 'table', 1);
    const listed = tables.flatMap((cell, row) =>
      names(cell).map((name) => `${name}: ${keys[row]?.replace(/`/g, '')}`),
    );
    expect(listed.sort()).toEqual(
      TABLES.map((table) => `${table.name}: ${table.primaryKey.join(', ')}`).sort(),
    );
  });

  it('every table file the README and the guides name (csv/<table>.csv, parquet/<table>.parquet) is a table the exports write', () => {
    const written = new Set(TABLES.map((table) => table.name));
    const named = [...docs].flatMap(([path]) =>
      [
        ...readFileSync(join(projectRoot, path), 'utf8').matchAll(
          /\b(?:csv|parquet)\/([a-z_]+)\.(?:csv|parquet)\b/g,
        ),
      ].map((match) => `${path}: ${match[1]}`),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((entry) => !written.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });

  it('the bundled articles of the README are the bundled sources, each with its publisher and the meetings it reports', () => {
    const ids = column('README.md', 'source id', 0).flatMap(names);
    const publishers = column('README.md', 'source id', 1);
    const reports = column('README.md', 'source id', 2);
    expect([...ids].sort()).toEqual(bundledSources.map((source) => source.id).sort());
    for (const [row, id] of ids.entries()) {
      const source = find(bundled.sources, id);
      expect(publishers[row], id).toContain(source.publisher?.name ?? '');
      expect(names(reports[row] ?? ''), id).toEqual([...source.reports]);
    }
  });
});
