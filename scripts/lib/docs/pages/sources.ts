import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { dateText } from '../describe-values.js';
import { keyFields, recordLink, recordLinks, text } from '../markdown.js';

/** The sources page: each article's title, publisher, date and address, its credits, and the meetings it reports. */
export function sourcesPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'sources',
    title: 'Sources',
    charts: [],
    sections: dataset.sources.map((source) => {
      const publisher = source.publisher;
      return {
        id: source.id,
        charts: [],
        body: keyFields([
          ['Title', text(source.title)],
          [
            'Publisher',
            publisher === null
              ? 'unknown'
              : `${text(publisher.name)}${publisher.organization === null ? '' : ` (${recordLink('organizations', publisher.organization)})`}`,
          ],
          ['Published', dateText(source.published)],
          ['Address', source.url === null ? 'unknown' : `<${source.url}>`],
          ['Language', source.language],
          [
            'Credits',
            source.contributors.length === 0
              ? 'none'
              : source.contributors
                  .map((contributor) => `${text(contributor.name)} (${contributor.role})`)
                  .join(', '),
          ],
          ['Reports', recordLinks('meetings', source.reports)],
          [
            'Kind',
            source.kind === 'bundled'
              ? 'bundled (text in the repository, quotes checked)'
              : 'cited public page',
          ],
          [
            'Text',
            source.kind === 'bundled'
              ? `\`${source.originalFileName}\`, SHA-256 \`${source.sha256}\``
              : undefined,
          ],
        ]),
      };
    }),
  };
}
