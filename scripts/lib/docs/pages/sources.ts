import type { Dataset } from '../../../../src/dataset/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { dateText } from '../describe-values.js';
import { keyFields, recordLink, recordLinks, text } from '../markdown.js';

/** The sources page: each article's title, publisher, date and address, its credits, and the meetings it reports. */
export function sourcesPage(dataset: Dataset): CataloguePage {
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
          [
            'Title',
            `${text(source.title)}${source.titleBasis === 'stated' ? '' : ` (${source.titleBasis})`}`,
          ],
          [
            'Publisher',
            publisher === null
              ? 'unknown'
              : `${text(publisher.name)}${publisher.organization === null ? '' : ` (${recordLink('organizations', publisher.organization)})`}${publisher.basis === 'stated' ? '' : `, ${publisher.basis}`}`,
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
          ['Text', `\`${source.originalFileName}\`, SHA-256 \`${source.sha256}\``],
        ]),
      };
    }),
  };
}
