import type { Ids } from '../../../src/core/collections.js';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/dataset.js';
import { COLLECTIONS } from '../../../src/schemas/collections.js';
import type { CataloguePage, Chart, PageMaker } from './catalogue-page.js';
import { coverageText, readSearches } from './coverage.js';
import { fieldDictionary } from './field-dictionary.js';
import { recordLabels, type RecordLabel } from './labels.js';
import { attribute, frontMatter, recordLink, table, text } from './markdown.js';
import { conflictsPage } from './pages/conflicts.js';
import { documentsPage } from './pages/documents.js';
import { indicatorsPage } from './pages/indicators.js';
import { meetingsPage } from './pages/meetings.js';
import { metricsPage } from './pages/metrics.js';
import { organizationsPage } from './pages/organizations.js';
import { peoplePage } from './pages/people.js';
import { placesPage } from './pages/places.js';
import { redirectsPage } from './pages/redirects.js';
import { sourcesPage } from './pages/sources.js';
import { renderChart } from './render-chart.js';

const PAGES: readonly PageMaker[] = [
  meetingsPage,
  metricsPage,
  indicatorsPage,
  peoplePage,
  organizationsPage,
  placesPage,
  documentsPage,
  sourcesPage,
  conflictsPage,
  redirectsPage,
];

/** The image tag of a rendered chart. */
type ImageOf = (chart: Chart) => string;

/**
 * A chart on a page, given its SVG: as wide as the text column but never wider than the SVG is
 * drawn (so its text keeps its size on a wide screen and shrinks with the column on a narrow
 * one), its height following.
 */
function image(chart: Chart, svg: string): string {
  const [, width = '0', height = '0'] =
    /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  return `<img src="charts/${chart.file}.svg" alt="${attribute(chart.alt)}" width="${width}" height="${height}" style="width: 100%; max-width: ${width}px; height: auto">`;
}

function pageText(
  page: CataloguePage,
  dataset: Dataset<Ids>,
  label: RecordLabel,
  imageOf: ImageOf,
): string {
  const records = page.sections.map((section) =>
    [
      `### ${section.id}`,
      `**${text(label(page.collection, section.id))}**`,
      section.body,
      ...section.charts.map(imageOf),
    ].join('\n\n'),
  );
  return [
    frontMatter({ title: page.title }),
    `# ${page.title}`,
    `${COLLECTIONS[page.collection].description} ${page.sections.length} records${page.sections.length === 0 ? '' : ": the table lists them, and a section below gives each record's fields and links, headed by its id"}. The [field dictionary](#field-dictionary) at the end describes every field.`,
    ...(page.sections.length === 0 ? [] : [page.overview]),
    ...page.charts.map(imageOf),
    '## Records',
    ...(records.length === 0 ? ['No records yet.'] : records),
    '## Field dictionary',
    `The columns of \`${page.collection}.csv\` (nested fields flattened to dotted names, lists as JSON). *Optional* fields may be absent, null or an empty list; *Filled* counts the records that give a value.`,
    fieldDictionary(dataset, page.collection),
  ].join('\n\n');
}

function indexText(
  pages: readonly CataloguePage[],
  version: string,
  label: RecordLabel,
  imageOf: ImageOf,
): string {
  const [first] = pages;
  const firstRecord = first?.sections[0];
  return [
    frontMatter({
      title: 'Data catalogue',
      category: 'Data catalogue',
      children: [...pages.map((page) => `${page.collection}.md`), 'coverage.md'],
    }),
    '# Data catalogue',
    `Every record of mnd-mps-coordination ${version}, generated from the data when the documentation is built: one page per collection, with each record's key fields, links between records, charts, and a field dictionary.`,
    table(
      ['Collection', 'Records', 'What it holds'],
      pages.map((page) => [
        `[${page.title}](${page.collection}.md)`,
        String(page.sections.length),
        COLLECTIONS[page.collection].description,
      ]),
    ),
    ...(first?.charts ?? []).map(imageOf),
    'The [coverage page](coverage.md) shows, province by province and year by year, which provincial meetings are recorded and where the searches found nothing.',
    `Start with a meeting, for instance ${first && firstRecord ? recordLink(label, first.collection, firstRecord.id) : 'the meetings page'}, and follow its links to the people, documents, metrics and sources.`,
  ].join('\n\n');
}

/**
 * Writes the data catalogue into `folder` (emptied first): `index.md`, one page per collection,
 * and every chart as `charts/<name>.svg`. Returns the paths written, relative to `folder`.
 */
export async function writeCatalogue(
  dataset: Dataset<Ids>,
  folder: string,
  version: string,
  searchLog: string,
): Promise<string[]> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'charts'), { recursive: true });
  const label = recordLabels(dataset);
  const pages = PAGES.map((page) => page(dataset, label));
  const written: string[] = [];
  const write = (path: string, content: string) => {
    writeFileSync(join(folder, path), content.endsWith('\n') ? content : `${content}\n`);
    written.push(path);
  };
  const images = new Map<Chart, string>();
  for (const chart of pages.flatMap((page) => [
    ...page.charts,
    ...page.sections.flatMap((section) => section.charts),
  ])) {
    const svg = await renderChart(chart.spec);
    images.set(chart, image(chart, svg));
    write(`charts/${chart.file}.svg`, svg);
  }
  const imageOf = (chart: Chart) => {
    const tag = images.get(chart);
    if (tag === undefined) throw new Error(`the chart ${chart.file} was not rendered`);
    return tag;
  };
  for (const page of pages) write(`${page.collection}.md`, pageText(page, dataset, label, imageOf));
  write('index.md', indexText(pages, version, label, imageOf));
  write('coverage.md', coverageText(dataset, readSearches(searchLog), label));
  return written;
}
