import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import serverlessChromium from '@sparticuz/chromium';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled as bundledDataset } from '../../src/bundled.js';
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

/** Runs in the page: an image's intrinsic width (0 when it failed to load) and its laid-out size. The tests compile without the DOM library, hence the local type. */
function imageSize(element: unknown): { natural: number; width: number; height: number } {
  const image = element as {
    naturalWidth: number;
    getBoundingClientRect(): { width: number; height: number };
  };
  const box = image.getBoundingClientRect();
  return { natural: image.naturalWidth, width: box.width, height: box.height };
}

/** A chart of a catalogue page as the browser lays it out: its box, and the size its text is drawn at. */
interface ChartBox {
  readonly src: string;
  readonly natural: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly labels: number;
  readonly smallest: number;
}

/**
 * Runs in the page: each catalogue chart's box and the smallest size its text is drawn at. A chart
 * is an image, whose text the page cannot reach, so its SVG is laid out again, hidden, inline at
 * the image's width, and each text's font size is multiplied by the scale of its transformation
 * to the screen. Plain JavaScript in a string: the tests compile without the DOM library.
 */
const MEASURE_CHARTS = `(async () => {
  const charts = [];
  for (const image of document.querySelectorAll('.col-content img[src$=".svg"]')) {
    const box = image.getBoundingClientRect();
    const holder = document.createElement('div');
    holder.style.cssText = 'position: absolute; left: 0; top: 0; visibility: hidden; width: ' + box.width + 'px';
    holder.innerHTML = await (await fetch(image.src)).text();
    const svg = holder.querySelector('svg');
    svg.style.width = '100%';
    svg.style.height = 'auto';
    document.body.append(holder);
    const sizes = [...svg.querySelectorAll('text')]
      .filter((text) => text.textContent.trim() !== '')
      .map((text) => {
        const { a, b } = text.getScreenCTM();
        return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(a, b);
      });
    holder.remove();
    charts.push({ src: image.getAttribute('src'), natural: image.naturalWidth, left: box.left, right: box.right, width: box.width, labels: sizes.length, smallest: Math.min(...sizes) });
  }
  return charts;
})()`;

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

  /** Opens a page of the site; collects console errors, page errors and failed or missing requests; saves a screenshot of its first screen. */
  async function visit(
    path: string,
    screenshot: string,
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
    await page.screenshot({ path: join(screenshots, `${screenshot}.png`) });
    return { page, problems };
  }

  /**
   * A catalogue page at a width, opened once and kept open: the tests that only read a catalogue
   * page share it (they loaded the heaviest pages up to three times). The context closes them.
   */
  const opened = new Map<string, ReturnType<typeof visit>>();
  function cataloguePage(title: string, width = 1280) {
    const key = `${title} ${width}`;
    let found = opened.get(key);
    if (!found) {
      found = visit(
        documentPage(title),
        `catalogue-${title.toLowerCase().replace(/ /g, '-')}-${width}`,
        width,
      );
      opened.set(key, found);
    }
    return found;
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
    const { page, problems } = await cataloguePage('Meetings');
    const chart = page.locator('img[src$="meetings-timeline.svg"]');
    const size = await chart.evaluate(imageSize);
    expect(size.natural).toBeGreaterThan(0);
    expect(size.width).toBeGreaterThan(0);
    expect(size.height).toBeGreaterThan(0);
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
    for (const source of bundledDataset.sources.filter((candidate) => candidate.reports.length > 0))
      expect(
        hrefs.some((href) => href.endsWith(`#${source.id}`)),
        source.id,
      ).toBe(true);
    expect(problems).toEqual([]);
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
      const { page, problems } = await cataloguePage(title);
      const sizes = await Promise.all(
        (await page.locator('.col-content img[src$=".svg"]').all()).map((image) =>
          image.evaluate(imageSize),
        ),
      );
      expect(sizes).toHaveLength(expected);
      for (const size of sizes)
        expect(Math.min(size.natural, size.width, size.height)).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    }
  });

  it('on a 390 px phone and a 1280 px screen, no chart is wider than the page and every chart label is drawn at 11 px or more', async () => {
    const pages = ['Data catalogue', 'Meetings', 'Metrics', 'Indicators', 'People'];
    // The ten page loads run side by side: each waits mostly on its images.
    const checks = [390, 1280].flatMap((width) =>
      pages.map(async (title) => {
        const { page, problems } = await cataloguePage(title, width);
        const charts = await page.evaluate<ChartBox[]>(MEASURE_CHARTS);
        const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
        return { title, width, charts, scrollWidth, problems };
      }),
    );
    for (const { title, width, charts, scrollWidth, problems } of await Promise.all(checks)) {
      expect(charts.length, title).toBeGreaterThan(0);
      for (const chart of charts) {
        const where = `${chart.src} on ${title} at ${width} px`;
        expect(chart.natural, where).toBeGreaterThan(0);
        expect(chart.left, where).toBeGreaterThanOrEqual(0);
        expect(chart.right, where).toBeLessThanOrEqual(width);
        expect(chart.width, where).toBeLessThanOrEqual(640);
        expect(chart.labels, where).toBeGreaterThan(0);
        expect(chart.smallest, where).toBeGreaterThanOrEqual(11);
      }
      expect(scrollWidth, `${title} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
    }
  });

  it('the meetings page starts with a table of the meetings, and its links read as names and titles, not ids', async () => {
    const { page, problems } = await cataloguePage('Meetings');
    const first = page.locator('.col-content').locator('table, img, h3').first();
    await expect(
      first.evaluate((element) => (element as { tagName: string }).tagName),
    ).resolves.toBe('TABLE');
    await expect(first.locator('tbody tr').count()).resolves.toBe(bundledDataset.meetings.length);
    // Each meeting's row links to its section, with its date and title as the text.
    for (const meeting of bundledDataset.meetings) {
      const text = (await first.locator(`a[href="#${meeting.id}"]`).textContent()) ?? '';
      expect(text, meeting.id).toMatch(/^(\d{1,2} [A-Z][a-z]{2} |[HQ]\d )?\d{4}[?~%]?: /);
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
    for (const person of bundledDataset.people.filter((candidate) => coChairs.has(candidate.id))) {
      const texts = links
        .filter((link) => link.href.endsWith(`People.html#${person.id}`))
        .map((link) => link.text);
      expect(new Set(texts), person.id).toEqual(new Set([person.name]));
    }
    expect(problems).toEqual([]);
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
