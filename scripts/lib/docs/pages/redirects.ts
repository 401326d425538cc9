import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, type CataloguePage } from '../catalogue-page.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, recordLink, table, text } from '../markdown.js';

/** The redirects page: a table of the retired ids, then each one and the record it now resolves to. */
export function redirectsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  return {
    collection: 'redirects',
    title: 'Redirects',
    overview: table(
      ['Retired id', 'Collection', 'Now'],
      dataset.redirects.map((redirect) => [
        `\`${redirect.id}\``,
        redirect.collection,
        recordLink(label, redirect.collection, redirect.to),
      ]),
    ),
    charts: [],
    sections: [...dataset.redirects].sort(byText((redirect) => redirect.id)).map((redirect) => ({
      id: redirect.id,
      heading: label('redirects', redirect.id),
      names: [redirect.id],
      charts: [],
      body: keyFields([
        ['Collection', redirect.collection],
        ['Now', recordLink(label, redirect.collection, redirect.to)],
        ['Reason', text(redirect.reason)],
      ]),
    })),
  };
}
