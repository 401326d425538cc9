import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { conflictLinks, dateText, evidenceSources, inferredFields } from '../describe-values.js';
import { keyFields, recordLink, recordLinks, text } from '../markdown.js';

/** The documents page: each document's number, names, issuer and date, its relations, and the meetings that cite it. */
export function documentsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'documents',
    title: 'Documents',
    charts: [],
    sections: dataset.documents.map((document) => ({
      id: document.id,
      charts: [],
      body: keyFields([
        ['Title', text(document.title)],
        ['Kind', document.kind],
        ['Number', document.number === null ? 'none given' : `\`${document.number.raw}\``],
        [
          'Other titles',
          document.otherTitles.length === 0 ? undefined : document.otherTitles.map(text).join(', '),
        ],
        [
          'Subjects',
          document.subjects.length === 0 ? undefined : document.subjects.map(text).join('; '),
        ],
        [
          'Issuer',
          document.issuer === null ? 'not stated' : recordLink('organizations', document.issuer),
        ],
        ['Issued', dateText(document.issued)],
        [
          'Relations',
          document.relations.length === 0
            ? undefined
            : document.relations
                .map((relation) => `${relation.type} ${recordLink('documents', relation.document)}`)
                .join(', '),
        ],
        [
          'Meetings',
          recordLinks(
            'meetings',
            dataset.meetings
              .filter((meeting) => meeting.documents.includes(document.id))
              .map((meeting) => meeting.id),
          ),
        ],
        [
          'Mentioned in',
          `${document.mentions.length} quotes from ${evidenceSources(document.mentions)}`,
        ],
        ['Inferred', inferredFields(document)],
        ['Conflicts', conflictLinks(dataset, 'documents', document.id)],
      ]),
    })),
  };
}
