import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import serverlessChromium from '@sparticuz/chromium';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordLabels } from '../../scripts/lib/docs/labels.js';
import { bundled as bundledDataset } from '../../src/bundled.js';
import type { CollectionName } from '../../src/core/collections.js';
import { compareSpans } from '../../src/core/dates.js';
import { foldText } from '../../src/core/text.js';
import { projectRoot, runScript } from '../support/paths.js';
import { serveFolder } from '../support/serve-folder.js';

const site = join(projectRoot, 'docs', 'api');
const screenshots = join(site, 'screenshots');

/**
 * The browser: CHROMIUM_PATH when set (a browser of your own), else the Chromium binary that the
 * @sparticuz/chromium devDependency ships inside its npm package (unpacked to the temp folder on
 * first use), so `npm ci` is all the test needs: no system browser, no download at install time.
 */
async function launchChromium(): Promise<Browser> {
  const own = process.env.CHROMIUM_PATH;
  if (own !== undefined && !existsSync(own))
    throw new Error(`CHROMIUM_PATH is set to ${own}, which does not exist`);
  // Without the background-networking flags Chromium keeps trying hosts a closed network refuses.
  const quiet = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // The pages of one site share a renderer process instead of one each: the test's CPU time
    // fell from about 82 s to 59 s (its wall time alone rose from 56 s to 63 s).
    '--process-per-site',
  ];
  if (own !== undefined)
    return chromium.launch({
      executablePath: own,
      args: ['--no-sandbox', '--disable-gpu', ...quiet],
    });
  // No WebGL, hence no SwiftShader: software GPU emulation doubled the CPU time of every page (the
  // site draws nothing with WebGL).
  serverlessChromium.setGraphicsMode = false;
  // Its default flags are for one page per process (AWS Lambda); this test opens several pages at once.
  const args = serverlessChromium.args.filter((flag) => flag !== '--single-process');
  return chromium.launch({
    executablePath: await serverlessChromium.executablePath(),
    args: [...args, ...quiet],
  });
}

/** The generated page of a guide or catalogue document, found by its title. */
function documentPage(title: string): string {
  const folder = join(site, 'documents');
  const file = readdirSync(folder).find((name) =>
    readFileSync(join(folder, name), 'utf8').includes(
      `<title>${title} | mnd-mps-coordination</title>`,
    ),
  );
  if (!file) throw new Error(`no document titled "${title}" in docs/api/documents`);
  return `documents/${file}`;
}

/** The generated page of an exported function, whatever module prefix TypeDoc gives it. */
function functionPage(name: string): string {
  const file = readdirSync(join(site, 'functions')).find(
    (candidate) => candidate === `${name}.html` || candidate.endsWith(`.${name}.html`),
  );
  if (!file) throw new Error(`no page for ${name} in docs/api/functions`);
  return `functions/${file}`;
}

/** A chart of a catalogue page as the browser lays it out: the drawing shown, its box, the size its text is drawn at, and its links. */
interface ChartBox {
  readonly name: string;
  /** How many of its drawings are shown (one: the one made for the column's width). */
  readonly shown: number;
  readonly variant: string;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
  /** The width of the chart's box: the text column. */
  readonly column: number;
  readonly labels: number;
  readonly smallest: number;
  /** The links of its marks. */
  readonly links: readonly string[];
  /** Its point marks, and how many of them sit inside a link. */
  readonly points: number;
  readonly linkedPoints: number;
}

/**
 * Runs in the page: each catalogue chart (two drawings inline in a figure, of which the page shows
 * the one made for the column's width) with the box of the drawing shown, the smallest size its
 * text is drawn at on the screen (each text's font size times the scale of its transformation to
 * the screen), and the links of its marks. Plain JavaScript in a string: the tests compile
 * without the DOM library.
 */
const MEASURE_CHARTS = `[...document.querySelectorAll('.col-content figure.catalogue-chart')].map((figure) => {
  const shown = [...figure.querySelectorAll(':scope > svg')].filter((svg) => getComputedStyle(svg).display !== 'none');
  const svg = shown[0];
  const box = svg.getBoundingClientRect();
  const sizes = [...svg.querySelectorAll('text')]
    .filter((text) => text.textContent.trim() !== '')
    .map((text) => {
      const { a, b } = text.getScreenCTM();
      return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(a, b);
    });
  const points = [...svg.querySelectorAll('[aria-roledescription="point"]')];
  return {
    name: svg.getAttribute('aria-label'),
    shown: shown.length,
    variant: svg.classList.contains('chart-wide') ? 'wide' : 'narrow',
    left: box.left,
    right: box.right,
    width: box.width,
    height: box.height,
    column: figure.getBoundingClientRect().width,
    labels: sizes.length,
    smallest: Math.min(...sizes),
    links: [...svg.querySelectorAll('a')].map((link) => link.getAttribute('href')),
    points: points.length,
    linkedPoints: points.filter((point) => point.closest('a') !== null).length,
  };
})`;

/** The collection of a catalogue page, from its file name: `Data_catalogue.People.html` is people. */
const collectionOfPage = (file: string) => {
  const collection = /Data_catalogue\.([A-Za-z]+)\.html$/.exec(file)?.[1]?.toLowerCase();
  if (collection === undefined || !(collection in bundledDataset))
    throw new Error(`${file} is not a collection's catalogue page`);
  return collection as CollectionName;
};

/** Whether a collection of the bundled dataset has a record with an id. */
const isRecord = (collection: CollectionName, id: string) =>
  (bundledDataset[collection] as readonly { id: string }[]).some((record) => record.id === id);

/** The sections of a catalogue page's records, as the page shows them: heading text and anchor, in order. The headings after "Records" and before "Field dictionary". */
const RECORD_SECTIONS = `(() => {
  const headings = [...document.querySelectorAll('.col-content h2, .col-content h3')];
  const start = headings.findIndex((heading) => heading.id === 'records');
  const end = headings.findIndex((heading) => heading.id === 'field-dictionary');
  return headings.slice(start + 1, end).map((heading) => ({ id: heading.id, text: heading.textContent.trim() }));
})()`;

/** The entries of "On this page", as its links read and point. */
const PAGE_NAVIGATION = `[...document.querySelectorAll('.tsd-page-navigation a')].map((link) => ({
  href: link.getAttribute('href'),
  text: link.textContent.trim(),
}))`;

describe('the documentation site, as a reader sees it', () => {
  let docsOutput = '';
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    const result = runScript('docs.ts');
    docsOutput = result.stdout + result.stderr;
    if (result.status !== 0) throw new Error(`npm run docs failed:\n${docsOutput}`);
    mkdirSync(screenshots, { recursive: true });
    server = await serveFolder(site);
    browser = await launchChromium();
    // One context for every page: a context per page cost a browser process each.
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page of the site; collects console errors, page errors and failed or missing requests; saves a screenshot of its first screen (unless `screenshot` is null). */
  async function visit(
    path: string,
    screenshot: string | null,
    width = 1280,
  ): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    // TypeDoc hides the body until its script has laid the page out.
    await page.waitForFunction('document.body.style.display !== "none"');
    // The first screen of the page, as a reader lands on it (full-page shots of the long catalogue
    // pages took most of this test's time).
    if (screenshot !== null)
      await page.screenshot({ path: join(screenshots, `${screenshot}.png`) });
    return { page, problems };
  }

  /**
   * Reads a catalogue page at a width. Each page is opened once and kept open, and laid out
   * again at the width asked for: the tests that only read a catalogue page share it (they loaded
   * the heaviest pages up to four times). The reads of one page run one after the other, so that
   * none finds it at another's width; a screenshot of its first screen is saved at each width.
   * The context closes the pages.
   */
  const openedPages = new Map<
    string,
    { opened: ReturnType<typeof visit>; queue: Promise<unknown> }
  >();
  const screenshotsTaken = new Set<string>();
  function readCataloguePage<T>(
    title: string,
    width: number,
    read: (visited: { page: Page; problems: string[] }) => Promise<T>,
  ): Promise<T> {
    let entry = openedPages.get(title);
    if (!entry) {
      const opened = visit(documentPage(title), null, width);
      entry = { opened, queue: opened };
      openedPages.set(title, entry);
    }
    const { opened } = entry;
    const reading = entry.queue.then(async () => {
      const visited = await opened;
      if (visited.page.viewportSize()?.width !== width)
        await visited.page.setViewportSize({ width, height: 900 });
      const name = `catalogue-${title.toLowerCase().replace(/ /g, '-')}-${width}`;
      if (!screenshotsTaken.has(name)) {
        screenshotsTaken.add(name);
        await visited.page.screenshot({ path: join(screenshots, `${name}.png`) });
      }
      return read(visited);
    });
    entry.queue = reading.catch(() => undefined);
    return reading;
  }

  it('builds with zero warnings', () => {
    expect(docsOutput).toContain('html generated');
    expect(docsOutput).not.toMatch(/\[warning\]|\[error\]/);
  });

  it('the home page shows the README and links every guide and the catalogue', async () => {
    const { page, problems } = await visit('index.html', 'home');
    await expect(page.locator('h1').first().textContent()).resolves.toContain(
      'mnd-mps-coordination',
    );
    const nav = page.locator('.site-menu');
    for (const title of [
      'Getting started',
      'The data model',
      'Provenance',
      'Versioning',
      'Adding a source',
      'DuckDB and pandas',
      'Data catalogue',
    ]) {
      await expect(nav.locator('a', { hasText: title }).count(), title).resolves.toBeGreaterThan(0);
    }
    // Unfold the guides as a reader would, and follow the first one.
    await nav.locator('summary', { hasText: 'Guides' }).click();
    await nav.locator('a', { hasText: 'Getting started' }).click();
    await page.waitForURL(/documents\/Getting_started\.html/);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Getting started');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a catalogue page shows its chart and links each meeting to its people, documents, metrics and sources', async () => {
    await readCataloguePage('Meetings', 1280, async ({ page, problems }) => {
      const [chart] = await page.evaluate<ChartBox[]>(MEASURE_CHARTS);
      expect(chart?.name).toBe('The meetings by year, each with its co-chairs');
      expect(chart?.width).toBeGreaterThan(0);
      expect(chart?.height).toBeGreaterThan(0);
      for (const meeting of bundledDataset.meetings) {
        const section = page.locator(`h3:has(a#${meeting.id}), h3#${meeting.id}`);
        await expect(section.count(), meeting.id).resolves.toBe(1);
      }
      const hrefs = await page
        .locator('.col-content a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const person of new Set(bundledDataset.meetings.flatMap((meeting) => meeting.coChairs)))
        expect(
          hrefs.some((href) => href.endsWith(`#${person}`)),
          person,
        ).toBe(true);
      for (const metric of bundledDataset.metrics)
        expect(
          hrefs.some((href) => href.endsWith(`#${metric.id}`)),
          metric.id,
        ).toBe(true);
      for (const source of bundledDataset.sources.filter(
        (candidate) => candidate.reports.length > 0,
      ))
        expect(
          hrefs.some((href) => href.endsWith(`#${source.id}`)),
          source.id,
        ).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it('every indicator chart and every ranks chart renders with a non-zero size', async () => {
    const pages = [
      {
        title: 'Indicators',
        expected: new Set(bundledDataset.metrics.map((metric) => metric.indicator)).size,
      },
      {
        title: 'People',
        expected: bundledDataset.people.filter((person) => person.ranks.length > 0).length,
      },
    ];
    for (const { title, expected } of pages) {
      const { charts, problems } = await readCataloguePage(
        title,
        1280,
        async ({ page, problems }) => ({
          charts: await page.evaluate<ChartBox[]>(MEASURE_CHARTS),
          problems,
        }),
      );
      expect(charts).toHaveLength(expected);
      for (const chart of charts) {
        expect(chart.shown, chart.name).toBe(1);
        expect(Math.min(chart.width, chart.height), chart.name).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
    }
  });

  it('on a 390 px phone and a 1280 px screen, each chart fills the text column in the drawing made for it (no wider than the page or 640 px), every chart label is drawn at 11 px or more, and each mark links to the record it draws', async () => {
    const pages = ['Data catalogue', 'Meetings', 'Metrics', 'Indicators', 'People'];
    // The five pages side by side, each read at one width and then the other.
    const checks = [390, 1280].flatMap((width) =>
      pages.map((title) =>
        readCataloguePage(title, width, async ({ page, problems }) => ({
          title,
          width,
          file: page.url(),
          charts: await page.evaluate<ChartBox[]>(MEASURE_CHARTS),
          scrollWidth: await page.evaluate<number>('document.documentElement.scrollWidth'),
          problems,
        })),
      ),
    );
    for (const { title, width, file, charts, scrollWidth, problems } of await Promise.all(checks)) {
      expect(charts.length, title).toBeGreaterThan(0);
      for (const chart of charts) {
        const where = `${chart.name} on ${title} at ${width} px`;
        expect(chart.shown, where).toBe(1);
        expect(chart.variant, where).toBe(width === 390 ? 'narrow' : 'wide');
        expect(chart.left, where).toBeGreaterThanOrEqual(0);
        expect(chart.right, where).toBeLessThanOrEqual(width);
        expect(chart.width, where).toBeLessThanOrEqual(640);
        // As wide as the text column allows: 326 px on the phone, 608 px on the laptop.
        expect(chart.width, where).toBeGreaterThanOrEqual(chart.column - 1);
        expect(chart.width, where).toBeGreaterThan(width === 390 ? 300 : 600);
        expect(chart.labels, where).toBeGreaterThan(0);
        expect(chart.smallest, where).toBeGreaterThanOrEqual(11);
        // Every point links to a record's section, on this page or another of the catalogue.
        expect(chart.points, where).toBeGreaterThan(0);
        expect(chart.linkedPoints, where).toBe(chart.points);
        for (const href of chart.links) {
          const [target = '', anchor = ''] = href.split('#');
          expect(
            isRecord(collectionOfPage(target === '' ? file : target), anchor),
            `${href} in ${where}`,
          ).toBe(true);
        }
      }
      expect(scrollWidth, `${title} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
    }
    // The meetings chart links each meeting, the indicators' each metric of its indicator.
    const [timeline] = await readCataloguePage('Meetings', 1280, ({ page }) =>
      page.evaluate<ChartBox[]>(MEASURE_CHARTS),
    );
    expect(new Set(timeline?.links)).toEqual(
      new Set(bundledDataset.meetings.map((meeting) => `#${meeting.id}`)),
    );
    const indicators = await readCataloguePage('Indicators', 390, ({ page }) =>
      page.evaluate<ChartBox[]>(MEASURE_CHARTS),
    );
    for (const chart of indicators) {
      const indicator = bundledDataset.indicators.find((candidate) =>
        chart.name.startsWith(`${candidate.label}:`),
      );
      const metrics = bundledDataset.metrics.filter((metric) => metric.indicator === indicator?.id);
      for (const href of chart.links)
        expect(
          metrics.map((metric) => `Data_catalogue.Metrics.html#${metric.id}`),
          chart.name,
        ).toContain(href);
    }
  });

  it('the meetings page starts with a table of the meetings, and its links read as names and titles, not ids', async () => {
    await readCataloguePage('Meetings', 1280, async ({ page, problems }) => {
      const first = page.locator('.col-content').locator('table, figure, img, h3').first();
      await expect(
        first.evaluate((element) => (element as { tagName: string }).tagName),
      ).resolves.toBe('TABLE');
      await expect(first.locator('tbody tr').count()).resolves.toBe(bundledDataset.meetings.length);
      // Each meeting's row links to its section, with its date and title as the text.
      for (const meeting of bundledDataset.meetings) {
        const text = (await first.locator(`a[href="#${meeting.id}"]`).textContent()) ?? '';
        // A date as labelled: "15 Jan 2025", "Jul 2023", "H2 2018", "Q3 2023", "2014", each maybe
        // with its mark of uncertainty or approximation ("Jul 2023?").
        expect(text, meeting.id).toMatch(
          /^((\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) |[HQ]\d )?\d{4}[?~%]?: /,
        );
        expect(text.endsWith(meeting.title), meeting.id).toBe(true);
      }
      // No link to a record reads as its id (the anchor); a co-chair's reads as the name.
      const links = await page
        .locator('.col-content a[href*="#"]:not(.tsd-anchor-icon)')
        .evaluateAll((elements) =>
          elements.map((element) => {
            const link = element as {
              textContent: string | null;
              getAttribute(name: string): string | null;
            };
            return { text: (link.textContent ?? '').trim(), href: link.getAttribute('href') ?? '' };
          }),
        );
      expect(links.filter((link) => link.text === link.href.split('#')[1])).toEqual([]);
      const coChairs = new Set<string>(
        bundledDataset.meetings.flatMap((meeting) => meeting.coChairs),
      );
      for (const person of bundledDataset.people.filter((candidate) =>
        coChairs.has(candidate.id),
      )) {
        const texts = links
          .filter((link) => link.href.endsWith(`People.html#${person.id}`))
          .map((link) => link.text);
        expect(new Set(texts), person.id).toEqual(new Set([person.name]));
      }
      expect(problems).toEqual([]);
    });
  });

  it('heads each record by what readers know it by (meetings by date and title, people by name and Vietnamese name, documents by number), in the order they look for it, "On this page" alike, anchored on its id, at 390 and 1280 px', async () => {
    const label = recordLabels(bundledDataset);
    const named = (name: string, vietnamese: string | null) =>
      vietnamese === null || vietnamese === name ? name : `${name} (${vietnamese})`;
    const checks = [390, 1280].flatMap((width) =>
      ['Meetings', 'People', 'Documents'].map((title) =>
        readCataloguePage(title, width, async ({ page, problems }) => ({
          title,
          width,
          sections: await page.evaluate<{ id: string; text: string }[]>(RECORD_SECTIONS),
          navigation: await page.evaluate<{ href: string; text: string }[]>(PAGE_NAVIGATION),
          problems,
        })),
      ),
    );
    for (const { title, width, sections, navigation, problems } of await Promise.all(checks)) {
      const where = `${title} at ${width} px`;
      const ids = sections.map((section) => section.id);
      // "On this page" lists the records as their sections do: by label, in order, to the ids.
      const records = new Set(ids);
      expect(
        navigation.filter((entry) => records.has(entry.href.slice(1))),
        where,
      ).toEqual(sections.map((section) => ({ href: `#${section.id}`, text: section.text })));
      expect(problems).toEqual([]);
      if (title === 'Meetings') {
        expect([...ids].sort(), where).toEqual(bundledDataset.meetings.map((m) => m.id).sort());
        const meetings = ids.map((id) => bundledDataset.find('meetings', id)!);
        for (const [index, meeting] of meetings.entries()) {
          expect(sections[index]?.text, meeting.id).toBe(label('meetings', meeting.id));
          const next = meetings[index + 1];
          if (next)
            expect(compareSpans(meeting.date, next.date), meeting.id).toBeLessThanOrEqual(0);
        }
        // The five-year review of Decree 77 (January 2016) sits among the meetings of its time.
        const review = ids.indexOf('five-year-review-decree-77');
        expect(meetings[review - 1]?.date.earliest?.slice(0, 4) ?? '', where).toMatch(/^201[56]$/);
      }
      if (title === 'People') {
        expect([...ids].sort(), where).toEqual(bundledDataset.people.map((p) => p.id).sort());
        const people = ids.map((id) => bundledDataset.find('people', id)!);
        for (const [index, person] of people.entries()) {
          expect(sections[index]?.text, person.id).toBe(named(person.name, person.vietnameseName));
          const next = people[index + 1];
          if (next)
            expect(
              foldText(person.name) <= foldText(next.name),
              `${person.name}, ${next.name}`,
            ).toBe(true);
        }
        expect(sections.find((section) => section.id === 'nguyen-tan-cuong')?.text).toBe(
          'Nguyen Tan Cuong (Nguyễn Tân Cương)',
        );
      }
      if (title === 'Documents') {
        expect([...ids].sort(), where).toEqual(bundledDataset.documents.map((d) => d.id).sort());
        expect(sections.find((section) => section.id === 'decree-77')?.text).toBe(
          '77/2010/NĐ-CP: Decree No.77',
        );
        for (const document of bundledDataset.documents.filter((d) => d.number !== null))
          expect(
            sections.find((section) => section.id === document.id)?.text,
            document.id,
          ).toContain(document.number?.raw);
      }
    }
  });

  it('the search box leads to the record first: "Nguyen Tan Cuong", "Nguyễn Tân Cương" and "Nghệ An" list his section and the province\'s first, and Enter opens it, at 390 and 1280 px', async () => {
    const queries = [
      ['Nguyen Tan Cuong', 'Data_catalogue.People.html#nguyen-tan-cuong'],
      ['Nguyễn Tân Cương', 'Data_catalogue.People.html#nguyen-tan-cuong'],
      ['Nghệ An', 'Data_catalogue.Places.html#nghe-an'],
    ] as const;
    // One page, searched at each width in turn (the dialog is laid out for each).
    const { page, problems } = await visit('index.html', null, 390);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [query, target] of queries) {
        if (
          !(await page
            .locator('#tsd-search')
            .evaluate((dialog) => (dialog as { open: boolean }).open))
        )
          await page.locator('#tsd-search-trigger').click();
        await page.locator('#tsd-search-input').fill(query);
        // The records found come first, above TypeDoc's results, and show on the screen.
        await page.locator('#tsd-search-results li.tsd-search-record').first().waitFor();
        const first = page.locator('#tsd-search-results > li').first();
        const where = `${query} at ${width} px`;
        await expect(first.getAttribute('class'), where).resolves.toBe('tsd-search-record');
        await expect(first.locator('a').getAttribute('href'), where).resolves.toMatch(
          new RegExp(`/documents/${target.replace(/\./g, '\\.')}$`),
        );
        const box = await first.boundingBox();
        expect(box?.x ?? -1, where).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? width) + (box?.width ?? 0), where).toBeLessThanOrEqual(width);
        expect(box?.y ?? 900, where).toBeLessThan(900);
      }
      await page.screenshot({ path: join(screenshots, `search-records-${width}.png`) });
    }
    // Enter opens the first result, as TypeDoc's own do.
    await page.locator('#tsd-search-input').press('ArrowDown');
    await page.locator('#tsd-search-input').press('Enter');
    await page.waitForURL(/Data_catalogue\.Places\.html#nghe-an$/);
    await page.waitForFunction('document.body.style.display !== "none"');
    const heading = page.locator('h3#nghe-an');
    await expect(heading.textContent()).resolves.toBe('Nghe An (Nghệ An)');
    await expect(
      heading.evaluate((element) =>
        (element as { matches(selector: string): boolean }).matches(':target'),
      ),
    ).resolves.toBe(true);
    const box = await heading.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 900).toBeLessThan(900);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('groups the metrics by year, each table under a heading to jump to, listed at the top and in "On this page", at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const { groups, navigation, problems } = await readCataloguePage(
        'Metrics',
        width,
        async ({ page, problems }) => ({
          groups: await page.evaluate<{ id: string; text: string; rows: number; jumps: number }[]>(
            `[...document.querySelectorAll('.col-content h3[id^="figures-"]')].map((heading) => ({
          id: heading.id,
          text: heading.textContent.trim(),
          rows: heading.nextElementSibling.querySelectorAll('tbody tr').length,
          jumps: document.querySelectorAll('.col-content p a[href="#' + heading.id + '"]').length,
        }))`,
          ),
          navigation: await page.evaluate<{ href: string; text: string }[]>(PAGE_NAVIGATION),
          problems,
        }),
      );
      const years = new Set(
        bundledDataset.metrics.map((metric) =>
          metric.period.earliest?.slice(0, 4) === metric.period.latest?.slice(0, 4)
            ? (metric.period.earliest?.slice(0, 4) ?? '')
            : 'Over several years',
        ),
      );
      expect(groups.map((group) => group.text)).toEqual([...years].sort());
      expect(groups.reduce((sum, group) => sum + group.rows, 0)).toBe(
        bundledDataset.metrics.length,
      );
      for (const group of groups) {
        expect(group.rows, group.id).toBeGreaterThan(0);
        expect(group.jumps, group.id).toBe(1);
      }
      for (const group of groups)
        expect(navigation, group.id).toContainEqual({ href: `#${group.id}`, text: group.text });
      expect(problems).toEqual([]);
    }
    // A jump goes to its year (the page scrolls there smoothly).
    await readCataloguePage('Metrics', 390, async ({ page }) => {
      await page.locator('.col-content p a[href="#figures-2023"]').click();
      await page.waitForURL(/#figures-2023$/);
      await page.waitForFunction(
        `(() => { const top = document.getElementById('figures-2023').getBoundingClientRect().top; return top >= 0 && top < innerHeight; })()`,
      );
    });
  });

  it('no page scrolls sideways, guides and catalogue alike, at 390 and 1280 px: a wide table scrolls in its own box', async () => {
    const documents = readdirSync(join(site, 'documents'));
    const guides = [
      'index.html',
      ...documents
        .filter((name) => !name.startsWith('Data_catalogue'))
        .map((name) => `documents/${name}`),
    ];
    const catalogue = documents
      .filter((name) => name.startsWith('Data_catalogue'))
      .map(
        (name) =>
          readFileSync(join(site, 'documents', name), 'utf8').match(/<title>(.*?) \| /)?.[1] ??
          name,
      );
    expect(guides.length).toBeGreaterThan(8);
    expect(catalogue.length).toBe(12);
    /**
     * How wide the page is, and for each table the box it scrolls in (the table itself, or the
     * outermost box around it that scrolls): where that box ends, and how wide its content is and
     * the box.
     */
    const measure = async (page: Page, what: string, width: number) => ({
      what: `${what} at ${width} px`,
      width,
      scrollWidth: await page.evaluate<number>('document.documentElement.scrollWidth'),
      tables: await page.evaluate<{ right: number; inner: number; box: number }[]>(
        `[...document.querySelectorAll('.col-content table')].map((table) => {
          let box = table;
          for (let element = table; !element.classList.contains('col-content'); element = element.parentElement)
            if (['auto', 'scroll'].includes(getComputedStyle(element).overflowX)) box = element;
          return { right: box.getBoundingClientRect().right, inner: box.scrollWidth, box: box.clientWidth };
        })`,
      ),
    });
    // Each page is opened once, at 390 px, and measured there and again at 1280 px (a page load per
    // width took most of this test); a catalogue page opened for another test is not opened again.
    const checks = [
      ...guides.map(async (path) => {
        const { page, problems } = await visit(path, null, 390);
        const narrow = await measure(page, path, 390);
        await page.setViewportSize({ width: 1280, height: 900 });
        const wide = await measure(page, path, 1280);
        await page.close();
        return [
          { ...narrow, problems },
          { ...wide, problems },
        ];
      }),
      ...catalogue.map((title) =>
        Promise.all(
          [390, 1280].map((width) =>
            readCataloguePage(title, width, async ({ page, problems }) => ({
              ...(await measure(page, title, width)),
              problems,
            })),
          ),
        ),
      ),
    ];
    const results = (await Promise.all(checks)).flat();
    expect(results).toHaveLength(2 * (guides.length + catalogue.length));
    for (const result of results) {
      expect(result.scrollWidth, result.what).toBeLessThanOrEqual(result.width);
      for (const table of result.tables)
        expect(table.right, result.what).toBeLessThanOrEqual(result.width);
      expect(result.problems, result.what).toEqual([]);
    }
    // The guides' wide tables are whole, and scroll inside their own box on a phone.
    const scrolling = results.filter(
      (result) =>
        result.width === 390 && result.tables.some((table) => table.inner > table.box + 1),
    );
    for (const guide of ['The_data_model', 'Performance', 'DuckDB_and_pandas', 'Architecture'])
      expect(
        scrolling.some((result) => result.what.includes(guide)),
        guide,
      ).toBe(true);
  });

  it('an API page shows the function, its documentation and its example', async () => {
    const { page, problems } = await visit(functionPage('getRecord'), 'api-getRecord');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('getRecord');
    await expect(page.locator('.col-content pre code').count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the search finds getRecord and leads to its page', async () => {
    const { page, problems } = await visit('index.html', 'search-home');
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('getRecord');
    const hit = page.locator('#tsd-search-results li a', { hasText: 'getRecord' }).first();
    await hit.waitFor();
    // The search of records (Pagefind) runs beside TypeDoc's: following a link while it still
    // loads its index would abort those requests, which the problems list reports.
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(screenshots, 'search-getRecord.png') });
    await hit.click();
    await page.waitForURL(/functions\/(mnd-mps-coordination\.)?getRecord\.html/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('every link between generated pages points at a page and an anchor that exist', () => {
    const broken: string[] = [];
    const pages = ['documents', 'functions', 'types', 'interfaces', 'classes', 'variables'].flatMap(
      (folder) =>
        existsSync(join(site, folder))
          ? readdirSync(join(site, folder)).map((name) => join(site, folder, name))
          : [],
    );
    // The anchors of each page, read once (looking each link's anchor up in its page's text took
    // seconds: tens of thousands of links).
    const anchors = new Map<string, Set<string>>();
    const anchorsOf = (target: string) => {
      let found = anchors.get(target);
      if (!found) {
        const html = readFileSync(target, 'utf8');
        found = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ''));
        anchors.set(target, found);
      }
      return found;
    };
    for (const file of [join(site, 'index.html'), ...pages]) {
      const html = readFileSync(file, 'utf8');
      for (const [, href = ''] of html.matchAll(/href="([^"]+)"/g)) {
        if (/^(https?:|mailto:|#$)/.test(href) || href === '') continue;
        const [path = '', anchor] = href.split('#');
        const target = path === '' ? file : resolve(dirname(file), path);
        if (!existsSync(target)) {
          broken.push(`${file}: ${href} (no such file)`);
          continue;
        }
        if (anchor && target.endsWith('.html') && !anchorsOf(target).has(anchor))
          broken.push(`${file}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
