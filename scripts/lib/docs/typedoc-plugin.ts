/**
 * A TypeDoc plugin (loaded by scripts/docs.ts with `--plugin`) for the data catalogue.
 *
 * Markdown headings that end in `{#anchor}` get that anchor. The catalogue heads each record's section with what a reader knows
 * it by ("Nguyen Tan Cuong (Nguyễn Tân Cương)") while links keep pointing at its id
 * (`people.md#nguyen-tan-cuong`). TypeDoc makes a heading's anchor from its text, so the plugin
 * registers each such anchor on the page before TypeDoc renders it (TypeDoc then checks links to it
 * like any other, and no other heading can take it), and afterwards gives the heading, its permalink
 * and its "On this page" entry that anchor and the text without the marker.
 *
 * TypeDoc's search indexes the text of every page (`searchInDocuments`), Markdown and HTML as
 * written; the catalogue's charts are inline SVG, whose markup would fill the index with words
 * like `transform="translate(69.27,9` (lunr then fails on some searches, "an" among them). The
 * plugin indexes the pages without their SVG.
 */
import { type Application, IndexEvent, MarkdownEvent } from 'typedoc';

/** A heading line of Markdown that ends in an anchor marker: `### Nghe An (Nghệ An) {#nghe-an}`. */
const MARKED_HEADING = /^#{1,6} .* \{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm;
/** The marker at the end of a heading's text, as TypeDoc renders it. */
const MARKER = / \{#([a-z0-9][a-z0-9-]*)\}$/;

/**
 * A heading rendered by TypeDoc, with the marker at the end of its text and the permalink icon
 * that follows: `<h3 id="slug" class="tsd-anchor-link">Text {#anchor}<a href="#slug"`.
 */
const RENDERED_HEADING =
  /<h([1-6]) id="([^"]*)" class="tsd-anchor-link">((?:(?!<\/h[1-6]>)[\s\S])*?) \{#([a-z0-9][a-z0-9-]*)\}<a href="#\2"/g;

/** Registers the plugin's listeners (TypeDoc calls `load` for each plugin). */
export function load(app: Application): void {
  // Before TypeDoc renders the Markdown (higher priority runs first): claim the anchors.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const router = app.renderer.router;
      if (router === undefined) throw new Error('TypeDoc rendered Markdown before its router');
      const slugger = router.getSlugger(event.page.model);
      for (const [, anchor = ''] of event.parsedText.matchAll(MARKED_HEADING)) {
        const given = slugger.slug(anchor);
        if (given !== anchor)
          throw new Error(
            `two headings of ${event.page.url} claim the anchor #${anchor} (the second got #${given})`,
          );
      }
    },
    100,
  );
  // After TypeDoc rendered it: the heading, its permalink and its entry in "On this page".
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText.replace(
        RENDERED_HEADING,
        (_whole, level: string, _slug: string, text: string, anchor: string) =>
          `<h${level} id="${anchor}" class="tsd-anchor-link">${text}<a href="#${anchor}"`,
      );
      for (const heading of event.page.pageSections.flatMap((section) => section.headings)) {
        const marker = MARKER.exec(heading.text);
        if (marker === null) continue;
        heading.text = heading.text.slice(0, marker.index);
        heading.link = `#${marker[1] ?? ''}`;
      }
    },
    -100,
  );
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchResults.forEach((reflection, index) => {
      if (!reflection.isDocument()) return;
      const text = reflection.content.map((part) => part.text).join('\n');
      if (!text.includes('<svg')) return;
      event.searchFields[index] = {
        ...event.searchFields[index],
        document: text.replace(/<svg[\s\S]*?<\/svg>/g, ''),
      };
    });
  });
}
