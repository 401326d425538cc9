import type { Ids } from '../../../../src/core/collections.js';
import { compareSpans } from '../../../../src/core/dates.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, namesOf, type CataloguePage } from '../catalogue-page.js';
import {
  citedOnlyFacts,
  conflictLinks,
  dateText,
  evidenceSummary,
  inferredFields,
} from '../describe-values.js';
import { dateLabel, type RecordLabel } from '../labels.js';
import { keyFields, recordLink, table, text } from '../markdown.js';

type Document = Dataset<Ids>['documents'][number];

/** A document by its number, then its title (once, when the title already gives the number): "77/2010/NĐ-CP: Decree No.77". */
export function documentHeading(document: Document): string {
  const number = document.number?.raw;
  return number === undefined || document.title.includes(number)
    ? document.title
    : `${number}: ${document.title}`;
}

/** The documents page: a table of the documents by the date they were issued (undated ones last), then each one (headed by its number and title) with its names, issuer and date, its relations, and the meetings that cite it. */
export function documentsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byIssue = [...dataset.documents].sort(
    (a, b) =>
      (a.issued === null ? 1 : 0) - (b.issued === null ? 1 : 0) ||
      (a.issued !== null && b.issued !== null ? compareSpans(a.issued, b.issued) : 0) ||
      byText(documentHeading)(a, b),
  );
  return {
    collection: 'documents',
    title: 'Documents',
    overview: table(
      ['Number', 'Title', 'Issued'],
      byIssue.map((document) => [
        document.number === null ? 'none given' : `\`${document.number.raw}\``,
        recordLink(label, 'documents', document.id),
        document.issued === null ? 'not given' : dateLabel(document.issued.edtf),
      ]),
    ),
    charts: [],
    sections: byIssue.map((document) => ({
      id: document.id,
      heading: documentHeading(document),
      names: namesOf(document.number?.raw, document.title, ...document.otherTitles),
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
