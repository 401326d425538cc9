/* global document, location, URL, Event, MutationObserver, console, setTimeout, clearTimeout */
/*
 * The site's search finds records (typedoc.json: customJs). TypeDoc's search box lists the API
 * and whole pages; as the reader types, this script also asks the Pagefind index of the
 * catalogue's record sections (written by `npm run docs` into pagefind/) and lists the records
 * found first, each linking to its section: "Nguyen Tan Cuong", "Nguyễn Tân Cương" and
 * "nguyen tan cuong" all lead to his section on the People page. A record whose own name is the
 * text searched for (a person's, a place's, a body's, a document's number) comes before the
 * others, which keep Pagefind's order. The record results are options of TypeDoc's list, so its
 * arrow keys and Enter reach them.
 */
(() => {
  const input = document.getElementById('tsd-search-input');
  const results = document.getElementById('tsd-search-results');
  const status = document.getElementById('tsd-search-status');
  const dialog = document.getElementById('tsd-search');
  if (!input || !results || !status || !dialog) return;

  /** The most records listed, and how many of Pagefind's best results are read to order them. */
  const SHOWN = 8;
  const READ = 20;

  // The site's root, from TypeDoc's relative path to it ("../" on a page in documents/).
  const root = new URL(document.documentElement.dataset.base || './', location.href);
  let pagefind = null;
  const load = () => {
    pagefind ??= import(new URL('pagefind/pagefind.js', root).href);
    return pagefind;
  };

  /** Text as names are compared: no diacritics, đ as d, lower case, single spaces. */
  const fold = (text) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();

  /** The records found for a text, those named by it first. */
  async function find(text) {
    const module = await load();
    const found = await module.search(text);
    const read = await Promise.all(found.results.slice(0, READ).map((result) => result.data()));
    const wanted = fold(text);
    const named = (entry) =>
      JSON.parse(entry.meta.names || '[]').some((name) => fold(name) === wanted);
    return [...read.filter(named), ...read.filter((entry) => !named(entry))].slice(0, SHOWN);
  }

  /** The list items of records found, shaped as TypeDoc's own. */
  let shown = [];
  let searches = 0;
  function items(entries) {
    searches += 1;
    return entries.map((entry, position) => {
      const item = document.createElement('li');
      item.id = `tsd-search-record:${searches}-${position}`;
      item.role = 'option';
      item.ariaSelected = 'false';
      item.className = 'tsd-search-record';
      const link = document.createElement('a');
      link.tabIndex = -1;
      link.href = new URL(entry.url.replace(/^\//, ''), root).href;
      link.innerHTML =
        '<svg width="20" height="20" class="tsd-kind-icon" aria-hidden="true"><use href="#icon-anchor"></use></svg>';
      const text = document.createElement('span');
      text.className = 'text';
      const page = document.createElement('span');
      page.className = 'parent';
      page.textContent = `${entry.meta.page}: `;
      text.append(page, entry.meta.title);
      link.append(text);
      // A record on the page already open: close the dialog, as going to another page does.
      link.addEventListener('click', () => {
        if (link.pathname === location.pathname) dialog.dispatchEvent(new Event('cancel'));
      });
      item.append(link);
      return item;
    });
  }

  /**
   * Puts the records found at the top of the list, above TypeDoc's results (TypeDoc empties and
   * refills the list as the reader types; this runs again each time), and hides TypeDoc's "no
   * results" when records were found.
   */
  function place() {
    const current = [...results.children];
    const stale = current.filter(
      (item) => item.classList.contains('tsd-search-record') && !shown.includes(item),
    );
    const inPlace = shown.every((item, position) => current[position] === item);
    if (stale.length > 0) for (const item of stale) item.remove();
    if (!inPlace) results.prepend(...shown);
    status.style.display = shown.length > 0 ? 'none' : '';
  }
  new MutationObserver(place).observe(results, { childList: true });

  let timer;
  input.addEventListener('input', () => {
    // The records found for the text before are no answer to this one.
    shown = [];
    place();
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = input.value.trim();
      let entries = [];
      if (text !== '') {
        try {
          entries = await find(text);
        } catch (error) {
          // Without the index (a page opened from disk), TypeDoc's search still answers.
          console.warn('The search of records is not available:', error);
        }
      }
      if (input.value.trim() !== text) return;
      shown = items(entries);
      place();
    }, 200);
  });
  // Start loading the index when the search opens, not at the first key.
  document.getElementById('tsd-search-trigger')?.addEventListener('click', () => {
    load().catch(() => {});
  });
})();
