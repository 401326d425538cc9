/**
 * The site's index of records: one Pagefind entry per record section of the built catalogue
 * pages, so that the site's search box leads to a record's section, not to a whole page (the
 * search box shows these entries first, above TypeDoc's own results: docs/site/search.js).
 *
 * Why Pagefind and not TypeDoc's own search: TypeDoc indexes whole pages (a document is one
 * entry, its headings are not), and its lunr index drops a Vietnamese word's last letter when it
 * carries a diacritic ("Nghệ" is indexed as "ngh") while the query keeps it, so "Nghệ An" finds
 * nothing of its own; records as entries would need a fork of its index and of its search script.
 * Pagefind indexes any HTML it is given (here, one section per entry), folds diacritics both in
 * the index and in queries ("Nguyen Tan Cuong" finds "Nguyễn Tân Cương"), and ships as a
 * devDependency: the `pagefind` package (no `engines` field; run here on Node 20) with its
 * binary inside a platform package (`@pagefind/linux-x64`), so it installs with `npm ci` and
 * indexes without the network.
 *
 * Each entry is the HTML of one section as the built page shows it, cut from the page between
 * the section's heading and the next heading, under the section's heading as its title, with the
 * record's own names (for the search box to put a record named by the words searched for first)
 * and its page as metadata; its address is the page's with the record's id as the anchor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { attribute } from './markdown.js';
import type { CatalogueRecord } from './write-catalogue.js';

/** The built page of each catalogue page title: `People` is `documents/Data_catalogue.People.html`. */
function pagesByTitle(site: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const name of readdirSync(join(site, 'documents'))) {
    const html = readFileSync(join(site, 'documents', name), 'utf8');
    const [, title] = /<title>(.*?) \| [^<]*<\/title>/.exec(html) ?? [];
    if (title !== undefined) pages.set(title, `documents/${name}`);
  }
  return pages;
}

/** The HTML of a record's section in its built page: from after its heading to the next heading. */
export function sectionHtml(page: string, id: string): string {
  const heading = new RegExp(`<h3 id="${id}" class="tsd-anchor-link">[\\s\\S]*?</h3>`).exec(page);
  if (heading === null) throw new Error(`no section headed #${id} in the built page`);
  const start = heading.index + heading[0].length;
  const next = /<h[1-3][\s>]/.exec(page.slice(start));
  if (next === null) throw new Error(`the section #${id} is not followed by a heading`);
  return page.slice(start, start + next.index);
}

/** The HTML Pagefind indexes for one record: its heading, its names and page, its section. */
function entryHtml(record: CatalogueRecord, section: string): string {
  return [
    '<html lang="en"><head>',
    `<meta data-pagefind-meta="names[content]" content="${attribute(JSON.stringify(record.names))}">`,
    `<meta data-pagefind-meta="page[content]" content="${attribute(record.page)}">`,
    '</head><body>',
    `<h1>${attribute(record.heading)}</h1>`,
    section,
    '</body></html>',
  ].join('\n');
}

/**
 * Indexes the record sections of the catalogue built into `site` (docs/api) and writes the index
 * to `site`/pagefind/. Returns the number of entries.
 */
export async function indexRecords(
  site: string,
  records: readonly CatalogueRecord[],
): Promise<number> {
  const pages = pagesByTitle(site);
  const html = new Map<string, string>();
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // The charts (their text is the section's, drawn) and the headings' permalink icons.
    excludeSelectors: ['svg', '.tsd-anchor-icon'],
  });
  if (index === undefined) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const path = pages.get(record.page);
      if (path === undefined) throw new Error(`no built page titled "${record.page}"`);
      let page = html.get(path);
      if (page === undefined) {
        page = readFileSync(join(site, path), 'utf8');
        html.set(path, page);
      }
      const added = await index.addHTMLFile({
        url: `/${path}#${record.id}`,
        content: entryHtml(record, sectionHtml(page, record.id)),
      });
      if (added.errors.length > 0)
        throw new Error(`Pagefind refused #${record.id}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
