import type { Ids } from '../../../../src/core/collections.js';
import { compareStrings } from '../../../../src/core/text.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, namesOf, type CataloguePage } from '../catalogue-page.js';
import { citedOnlyFacts, dateText } from '../describe-values.js';
import { dateLabel, type RecordLabel } from '../labels.js';
import { attribute, keyFields, recordLink, table, text } from '../markdown.js';

const KINDS = {
  bundled: 'bundled (text in the repository, quotes checked)',
  cited: 'cited public page',
};

type Source = Dataset<Ids>['sources'][number];

/** The sources page: a table of the sources by publisher and date, then each one (headed by its publisher and headline) with its date and address, its credits, and the meetings it reports. */
export function sourcesPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byPublisher = [...dataset.sources].sort(
    (a, b) =>
      (a.publisher === null ? 1 : 0) - (b.publisher === null ? 1 : 0) ||
      byText<Source>((source) => source.publisher?.name ?? '')(a, b) ||
      compareStrings(a.published?.edtf ?? '', b.published?.edtf ?? '') ||
      byText<Source>((source) => label('sources', source.id))(a, b),
  );
  return {
    collection: 'sources',
    title: 'Sources',
    overview: table(
      ['Publisher and headline', 'Published', 'Kind', 'Language'],
      byPublisher.map((source) => [
        recordLink(label, 'sources', source.id),
        source.published === null ? 'not given' : dateLabel(source.published.edtf),
        source.kind,
        source.language,
      ]),
    ),
    charts: [],
    sections: byPublisher.map((source) => {
      const publisher = source.publisher;
      return {
        id: source.id,
        heading: label('sources', source.id),
        names: namesOf(source.title),
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
