import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { edtfLabel } from '../../../../src/core/dates.js';
import type { CataloguePage } from '../catalogue-page.js';
import { meetingsTimeline } from '../chart-specs.js';
import { conflictLinks, dateText, evidenceSummary, inferredFields } from '../describe-values.js';
import { keyFields, recordLink, recordLinks, text } from '../markdown.js';

type Participant = Dataset<Ids>['meetings'][number]['participants'][number];

/** A participant as a link to the person or body, with the role and site the report gives (the same for each report that gives them). */
function participantText(participant: Participant): string {
  const who =
    participant.person !== undefined
      ? recordLink('people', participant.person)
      : recordLink('organizations', participant.organization ?? '');
  const where = participant.site === undefined ? '' : `, ${text(participant.site)}`;
  return `${who} (${participant.role}${where})`;
}

/** The meetings page: the timeline chart, then each meeting with its people, documents, metrics and sources. */
export function meetingsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'meetings',
    title: 'Meetings',
    charts: [
      {
        file: 'meetings-timeline',
        alt: 'The meetings on a timeline',
        spec: meetingsTimeline(dataset),
      },
    ],
    sections: dataset.meetings.map((meeting) => ({
      id: meeting.id,
      charts: [],
      body: keyFields([
        ['Title', text(meeting.title)],
        ['Kind', meeting.kind],
        ['Date', dateText(meeting.date)],
        [
          'Period reviewed',
          meeting.periodReviewed === null ? 'none' : edtfLabel(meeting.periodReviewed.edtf),
        ],
        ['Co-chairs', recordLinks('people', meeting.coChairs)],
        [
          'Sites',
          meeting.sites.length === 0
            ? 'none named'
            : meeting.sites.map((site) => `${text(site.name)} (${site.kind})`).join(', '),
        ],
        ['Participants', [...new Set(meeting.participants.map(participantText))]],
        ['Documents', recordLinks('documents', meeting.documents)],
        ['Metrics', meeting.metrics.map((id) => recordLink('metrics', id))],
        ['Sources', recordLinks('sources', meeting.sources)],
        ['Evidence', evidenceSummary(meeting.evidence)],
        ['Inferred', inferredFields(meeting)],
        ['Conflicts', conflictLinks(dataset, 'meetings', meeting.id)],
      ]),
    })),
  };
}
