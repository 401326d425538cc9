import type { CollectionName, Ids } from '../../../src/core/collections.js';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/dataset.js';
import { COLLECTIONS } from '../../../src/schemas/collections.js';
import type { CataloguePage, Chart, PageMaker } from './catalogue-page.js';
import { coverageText, readSearches } from './coverage.js';
import { fieldDictionary } from './field-dictionary.js';
import { CHART_WIDTHS } from './chart-specs.js';
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

/** The markup of a drawn chart, both drawings inline. */
type ChartOf = (chart: Chart) => string;

/**
 * One drawing of a chart, inline: its SVG with its alternative text as its name, and plain `href`
 * links (TypeDoc turns `meetings.md#<id>` into the page's address and checks the anchor; it reads
 * `href`, not vega's `xlink:href`). Inline drawings share the page's ids, so an SVG with ids of
 * its own is refused.
 */
function inlineDrawing(svg: string, variant: 'narrow' | 'wide', alt: string): string {
  if (/\sid="/.test(svg)) throw new Error(`a chart's SVG has ids of its own: ${alt}`);
  if (svg.includes('\n'))
    throw new Error(`a chart's SVG has a line break, which ends HTML in Markdown: ${alt}`);
  return svg
    .replace(/^<svg /, `<svg role="graphics-document document" aria-label="${attribute(alt)}" `)
    .replace(' class="marks"', ` class="marks chart-${variant}"`)
    .replaceAll(' xlink:href="', ' href="');
}

/**
 * A chart on a page: its two drawings inline in one box, of which the site's style sheet shows
 * the one drawn for the width of the box (the narrow one below WIDE_FROM px, the wide one from
 * there), stretched or shrunk to the box's width, its height following. Inline, each mark's link
 * to the record it draws works.
 */
function chartMarkup(narrow: string, wide: string, alt: string): string {
  return [
    '<figure class="catalogue-chart">',
    inlineDrawing(narrow, 'narrow', alt),
    inlineDrawing(wide, 'wide', alt),
    '</figure>',
  ].join('\n');
}

function pageText(page: CataloguePage, dataset: Dataset<Ids>, chartOf: ChartOf): string {
  const records = page.sections.map((section) =>
    [
      `### ${text(section.heading)} {#${section.id}}`,
      section.body,
      ...section.charts.map(chartOf),
    ].join('\n\n'),
  );
  return [
    frontMatter({ title: page.title }),
    `# ${page.title}`,
    `${COLLECTIONS[page.collection].description} ${page.sections.length} records${page.sections.length === 0 ? '' : ": the top of the page lists them, and a section after gives each record's fields and links, headed by what the record is called (its id is the section's anchor: `#<id>`)"}. The [field dictionary](#field-dictionary) at the end describes every field.`,
    ...(page.sections.length === 0 ? [] : [page.overview]),
    ...page.charts.map(chartOf),
    '## Records',
    ...(records.length === 0 ? ['No records yet.'] : records),
    '## Field dictionary',
    `The fields of the records, by their path in the JSON (\`date.edtf\`). The tidy tables of the exports ([the tables](../data-tools.md#the-tables) in the data tools guide) give each single value a snake_case column of the collection's table (\`${page.collection}.csv\`), and each list a table of its own named after the record and the list, one row per item (\`meeting_co_chairs\`); every piece of evidence is in the \`evidence\` table, every inference in \`inferences\`. *In the tables* says where each field is. *Optional* fields may be absent, null or an empty list; *Filled* counts the records that give a value.`,
    fieldDictionary(dataset, page.collection),
  ].join('\n\n');
}

function indexText(
  pages: readonly CataloguePage[],
  version: string,
  label: RecordLabel,
  chartOf: ChartOf,
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
    ...(first?.charts ?? []).map(chartOf),
    'The [coverage page](coverage.md) shows, province by province and year by year, which provincial meetings are recorded and where the searches found nothing.',
    `Start with a meeting, for instance ${first && firstRecord ? recordLink(label, first.collection, firstRecord.id) : 'the meetings page'}, and follow its links to the people, documents, metrics and sources.`,
  ].join('\n\n');
}

/** A record section of the catalogue, as the site's search indexes it. */
export interface CatalogueRecord {
  readonly collection: CollectionName;
  /** The title of the record's page ("People"), which finds the page in the built site. */
  readonly page: string;
  readonly id: string;
  readonly heading: string;
  readonly names: readonly string[];
}

/**
 * Writes the data catalogue into `folder` (emptied first): `index.md`, one page per collection,
 * and each chart's two drawings as `charts/<name>.svg` and `charts/<name>-wide.svg` (the pages
 * show them inline). Returns the paths written, relative to `folder`, and the record sections,
 * in page order.
 */
export async function writeCatalogue(
  dataset: Dataset<Ids>,
  folder: string,
  version: string,
  searchLog: string,
): Promise<{ files: string[]; records: CatalogueRecord[] }> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'charts'), { recursive: true });
  const label = recordLabels(dataset);
  const pages = PAGES.map((page) => page(dataset, label));
  const written: string[] = [];
  const write = (path: string, content: string) => {
    writeFileSync(join(folder, path), content.endsWith('\n') ? content : `${content}\n`);
    written.push(path);
  };
  const charts = pages.flatMap((page) => [
    ...page.charts,
    ...page.sections.flatMap((section) => section.charts),
  ]);
  // Drawn side by side: a drawing waits on vega's scheduler as long as it computes, so one after
  // the other left the process idle for a third of the time.
  const drawings = await Promise.all(
    charts.map((chart) =>
      Promise.all([
        renderChart(chart.spec(CHART_WIDTHS.narrow)),
        renderChart(chart.spec(CHART_WIDTHS.wide)),
      ]),
    ),
  );
  const markup = new Map<Chart, string>();
  charts.forEach((chart, index) => {
    const [narrow, wide] = drawings[index] ?? [];
    if (narrow === undefined || wide === undefined) throw new Error(`${chart.file} not drawn`);
    write(`charts/${chart.file}.svg`, narrow);
    write(`charts/${chart.file}-wide.svg`, wide);
    markup.set(chart, chartMarkup(narrow, wide, chart.alt));
  });
  const chartOf = (chart: Chart) => {
    const drawn = markup.get(chart);
    if (drawn === undefined) throw new Error(`the chart ${chart.file} was not rendered`);
    return drawn;
  };
  for (const page of pages) write(`${page.collection}.md`, pageText(page, dataset, chartOf));
  write('index.md', indexText(pages, version, label, chartOf));
  write('coverage.md', coverageText(dataset, readSearches(searchLog), label));
  const records = pages.flatMap((page) =>
    page.sections.map((section) => ({
      collection: page.collection,
      page: page.title,
      id: section.id,
      heading: section.heading,
      names: section.names,
    })),
  );
  return { files: written, records };
}
