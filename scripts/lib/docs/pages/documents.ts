import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import {
  citedOnlyFacts,
  conflictLinks,
  dateText,
  evidenceSummary,
  inferredFields,
} from '../describe-values.js';
import { dateLabel, type RecordLabel } from '../labels.js';
import { keyFields, recordLink, table, text } from '../markdown.js';

/** The documents page: a table of the documents, then each one's number, names, issuer and date, its relations, and the meetings that cite it. */
export function documentsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  return {
    collection: 'documents',
    title: 'Documents',
    overview: table(
      ['Number', 'Title', 'Issued'],
      dataset.documents.map((document) => [
        document.number === null ? 'none given' : `\`${document.number.raw}\``,
        recordLink(label, 'documents', document.id),
        document.issued === null ? 'not given' : dateLabel(document.issued.edtf),
      ]),
    ),
    charts: [],
    sections: dataset.documents.map((document) => ({
      id: document.id,
      charts: [],
      body: keyFields([
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
          document.issuer === null
            ? 'not stated'
            : recordLink(label, 'organizations', document.issuer),
        ],
        ['Issued', dateText(document.issued)],
        [
          'Relations',
          document.relations.length === 0
            ? undefined
            : document.relations
                .map(
                  (relation) =>
                    `${relation.type} ${recordLink(label, 'documents', relation.document)}`,
                )
                .join(', '),
        ],
        [
          'Meetings',
          dataset.meetings
            .filter((meeting) => meeting.documents.includes(document.id))
            .map((meeting) => recordLink(label, 'meetings', meeting.id)),
        ],
        ['Mentioned in', evidenceSummary(label, document.mentions)],
        ['Rests on cited pages only', citedOnlyFacts(label, 'documents', document)],
        ['Inferred', inferredFields(document)],
        ['Conflicts', conflictLinks(dataset, label, 'documents', document.id)],
      ]),
    })),
  };
}
