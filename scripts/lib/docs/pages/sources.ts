import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { citedOnlyFacts, dateText } from '../describe-values.js';
import { dateLabel, type RecordLabel } from '../labels.js';
import { attribute, keyFields, recordLink, table, text } from '../markdown.js';

const KINDS = {
  bundled: 'bundled (text in the repository, quotes checked)',
  cited: 'cited public page',
};

/** The sources page: a table of the sources, then each one's publisher, date and address, its credits, and the meetings it reports. */
export function sourcesPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  return {
    collection: 'sources',
    title: 'Sources',
    overview: table(
      ['Publisher and headline', 'Published', 'Kind', 'Language'],
      dataset.sources.map((source) => [
        recordLink(label, 'sources', source.id),
        source.published === null ? 'not given' : dateLabel(source.published.edtf),
        source.kind,
        source.language,
      ]),
    ),
    charts: [],
    sections: dataset.sources.map((source) => {
      const publisher = source.publisher;
      return {
        id: source.id,
        charts: [],
        body: keyFields([
          ['Headline', source.title === null ? 'none shown' : text(source.title)],
          [
            'Publisher',
            publisher === null
              ? 'unknown'
              : `${text(publisher.name)}${publisher.organization === null ? '' : ` (${recordLink(label, 'organizations', publisher.organization)})`}`,
          ],
          ['Published', dateText(source.published)],
          [
            'Address',
            source.url === null
              ? 'unknown'
              : `<a href="${attribute(source.url)}" style="overflow-wrap: anywhere">${text(source.url)}</a>`,
          ],
          ['Language', source.language],
          [
            'Credits',
            source.contributors.length === 0
              ? 'none'
              : source.contributors
                  .map((contributor) => `${text(contributor.name)} (${contributor.role})`)
                  .join(', '),
          ],
          ['Reports', source.reports.map((id) => recordLink(label, 'meetings', id))],
          ['Kind', KINDS[source.kind]],
          [
            'Text',
            source.kind === 'bundled'
              ? `\`${source.originalFileName}\`, SHA-256 <code style="overflow-wrap: anywhere">${source.sha256}</code>`
              : undefined,
          ],
          ['Rests on cited pages only', citedOnlyFacts(label, 'sources', source)],
        ]),
      };
    }),
  };
}
