import type { Ids } from '../../../../src/core/collections.js';
import { compareSpans } from '../../../../src/core/dates.js';
import { dateLabel } from '../../../../src/core/labels.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, type CataloguePage } from '../catalogue-page.js';
import { meetingsByYear } from '../chart-specs.js';
import {
  citedOnlyFacts,
  conflictLinks,
  dateText,
  evidenceSummary,
  inferredFields,
} from '../describe-values.js';
import type { RecordLabel } from '../labels.js';
import { cellLines, keyFields, recordLink, recordLinks, table, text } from '../markdown.js';

type Meeting = Dataset<Ids>['meetings'][number];
type Participant = Meeting['participants'][number];

/** A participant as a link to the person or body, with the role, the rank as written and the site the report gives. */
function participantText(label: RecordLabel, participant: Participant): string {
  const who =
    participant.person !== undefined
      ? recordLink(label, 'people', participant.person)
      : recordLink(label, 'organizations', participant.organization ?? '');
  const details = [
    participant.role,
    participant.rankAsReported === undefined ? '' : `“${text(participant.rankAsReported)}”`,
    participant.site === undefined ? '' : text(participant.site),
  ].filter(Boolean);
  return `${who} (${details.join(', ')})`;
}

/** The national level, or the level and the place of a local meeting: "province: Nghe An". */
export function levelText(label: RecordLabel, meeting: Meeting): string {
  return meeting.place === null
    ? (meeting.level ?? 'national')
    : `${meeting.level}: ${recordLink(label, 'places', meeting.place)}`;
}

/**
 * The table row of a meeting. The co-chairs come with the rank each source gives them there (from
 * the participants' rankAsReported), the sources numbered as in the last column:
 * "Nguyen Tan Cuong: “Senior Lieutenant General” (1, 2), “General” (2)".
 */
function overviewRow(label: RecordLabel, meeting: Meeting): string[] {
  const chairing = meeting.participants.filter(
    (participant) =>
      participant.person !== undefined && meeting.coChairs.includes(participant.person),
  );
  const sources = [
    ...new Set([
      ...meeting.sources,
      ...chairing.flatMap((participant) => participant.evidence.map((item) => item.source)),
    ]),
  ];
  const coChairs = meeting.coChairs.map((person) => {
    const sourcesByRank = new Map<string, Set<number>>();
    for (const participant of chairing) {
      if (participant.person !== person || participant.rankAsReported === undefined) continue;
      const numbers = sourcesByRank.get(participant.rankAsReported) ?? new Set();
      for (const item of participant.evidence) numbers.add(sources.indexOf(item.source) + 1);
      sourcesByRank.set(participant.rankAsReported, numbers);
    }
    const ranks = [...sourcesByRank].map(
      ([words, numbers]) => `“${text(words)}” (${[...numbers].sort((a, b) => a - b).join(', ')})`,
    );
    return `${recordLink(label, 'people', person)}: ${ranks.length === 0 ? 'no rank given' : ranks.join(', ')}`;
  });
  return [
    recordLink(label, 'meetings', meeting.id),
    cellLines([
      levelText(label, meeting),
      meeting.kind,
      meeting.periodReviewed === null
        ? 'reviews no period'
        : `reviews ${dateLabel(meeting.periodReviewed.edtf)}`,
    ]),
    coChairs.length === 0 ? 'none named' : cellLines(coChairs),
    cellLines(
      sources.map((source, index) => `${index + 1}. ${recordLink(label, 'sources', source)}`),
    ),
  ];
}

/** The meetings page: a table of the meetings by date, the chart of their co-chairs by year, then each meeting (by date, headed by its date and title) with its people, documents, metrics and sources. */
export function meetingsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byDate = [...dataset.meetings].sort(
    (a, b) => compareSpans(a.date, b.date) || byText<Meeting>((meeting) => meeting.title)(a, b),
  );
  return {
    collection: 'meetings',
    title: 'Meetings',
    overview: table(
      [
        'Meeting',
        'Level, kind, period reviewed',
        'Co-chairs, with the rank each source gives them',
        'Sources',
      ],
      byDate.map((meeting) => overviewRow(label, meeting)),
    ),
    charts: [
      {
        file: 'meetings-timeline',
        alt: 'The meetings by year, each with its co-chairs',
        spec: (width) => meetingsByYear(dataset, width),
      },
    ],
    sections: byDate.map((meeting) => ({
      id: meeting.id,
      heading: label('meetings', meeting.id),
      names: [],
      charts: [],
      body: keyFields([
        ['Kind', meeting.kind],
        ['Date', dateText(meeting.date)],
        ['Level', levelText(label, meeting)],
        [
          'Period reviewed',
          meeting.periodReviewed === null ? 'none' : dateLabel(meeting.periodReviewed.edtf),
        ],
        ['Co-chairs', recordLinks(label, 'people', meeting.coChairs)],
        [
          'Sites',
          meeting.sites.length === 0
            ? 'none named'
            : meeting.sites
                .map(
                  (site) =>
                    `${text(site.name)} (${site.kind}${site.place === null ? '' : `, ${recordLink(label, 'places', site.place)}`})`,
                )
                .join(', '),
        ],
        [
          'Participants',
          [...new Set(meeting.participants.map((item) => participantText(label, item)))],
        ],
        ['Documents', recordLinks(label, 'documents', meeting.documents)],
        ['Metrics', meeting.metrics.map((id) => recordLink(label, 'metrics', id))],
        ['Sources', recordLinks(label, 'sources', meeting.sources)],
        ['Evidence', evidenceSummary(label, meeting.evidence)],
        ['Rests on cited pages only', citedOnlyFacts(label, 'meetings', meeting)],
        ['Inferred', inferredFields(meeting)],
        ['Conflicts', conflictLinks(dataset, label, 'meetings', meeting.id)],
      ]),
    })),
  };
}
