import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { keyFields, recordLink, text } from '../markdown.js';

/** The redirects page: each retired id and the id it now resolves to. */
export function redirectsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'redirects',
    title: 'Redirects',
    charts: [],
    sections: dataset.redirects.map((redirect) => ({
      id: redirect.id,
      charts: [],
      body: keyFields([
        ['Collection', redirect.collection],
        ['Now', recordLink(redirect.collection, redirect.to)],
        ['Reason', text(redirect.reason)],
      ]),
    })),
  };
}
