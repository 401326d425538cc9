import type { Ids } from '../../../../src/core/collections.js';
import { compareSpans } from '../../../../src/core/dates.js';
import { RANKS } from '../../../../src/core/ranks.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, nameHeading, namesOf, type CataloguePage } from '../catalogue-page.js';
import { ranksOverTime } from '../chart-specs.js';
import {
  citedOnlyFacts,
  conflictLinks,
  evidenceSummary,
  inferredFields,
} from '../describe-values.js';
import { dateLabel, type RecordLabel } from '../labels.js';
import { keyFields, quoted, recordLink, table, text } from '../markdown.js';

type Person = Dataset<Ids>['people'][number];
type RankClaim = Person['ranks'][number];

/** A rank as written, with the rank it stands for unless the words are that rank's: “Senior General” (Đại tướng), “Đại tá”, “Colonel” (unsettled). */
function rankWords(claim: RankClaim): string {
  const rank = claim.rank === null ? 'unsettled' : RANKS[claim.rank].vietnamese;
  return rank === claim.asReported ? quoted(rank) : `${quoted(claim.asReported)} (${rank})`;
}

/** The ranks of the latest report (or promotion) that gives one, and its date; several when the sources of that day disagree. */
function latestRank(person: Person): string {
  const [latest] = [...person.ranks].sort((a, b) => compareSpans(b.asOf, a.asOf));
  if (latest === undefined) return 'none reported';
  const words = person.ranks.filter((claim) => claim.asOf.edtf === latest.asOf.edtf).map(rankWords);
  return `${[...new Set(words)].join(' and ')}, ${dateLabel(latest.asOf.edtf)}`;
}

/** When a claim was made: at a meeting (whose label gives its date), or "as of 2024 (promotion)". */
function claimDate(
  label: RecordLabel,
  claim: { asOf: { edtf: string }; meeting: string | null; kind: string },
) {
  return claim.meeting === null
    ? `as of ${dateLabel(claim.asOf.edtf)} (${claim.kind})`
    : `at ${recordLink(label, 'meetings', claim.meeting)}`;
}

/** The people page: a table of the officials by name, then each one (headed by name and Vietnamese name) with every rank and position claim as written and dated, meetings, and a ranks chart. */
export function peoplePage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byName = [...dataset.people].sort(byText((person) => person.name));
  const meetingsOf = (person: Person) =>
    dataset.meetings
      .filter(
        (meeting) =>
          meeting.coChairs.includes(person.id) ||
          meeting.participants.some((participant) => participant.person === person.id),
      )
      .sort((a, b) => compareSpans(a.date, b.date));
  return {
    collection: 'people',
    title: 'People',
    overview: table(
      ['Name', 'Vietnamese name', 'Service', 'Latest rank', 'Meetings attended'],
      byName.map((person) => {
        const meetings = meetingsOf(person);
        const years = [...new Set(meetings.map((meeting) => meeting.date.edtf.slice(0, 4)))];
        return [
          recordLink(label, 'people', person.id),
          person.vietnameseName === null ? 'not given' : text(person.vietnameseName),
          person.service,
          latestRank(person),
          meetings.length === 0 ? 'none' : `${meetings.length} (${years.join(', ')})`,
        ];
      }),
    ),
    charts: [],
    sections: byName.map((person) => ({
      id: person.id,
      heading: nameHeading(person.name, person.vietnameseName),
      names: namesOf(person.name, person.vietnameseName, ...person.otherNames),
      charts:
        person.ranks.length === 0
          ? []
          : [
              {
                file: `ranks-${person.id}`,
                alt: `${person.name}: ranks as reported over time`,
                spec: (width: number) => {
                  const spec = ranksOverTime(person, width);
                  if (spec === null) throw new Error(`${person.id} has ranks but no ranks chart`);
                  return spec;
                },
              },
            ],
      body: keyFields([
        [
          'In Vietnamese',
          person.vietnameseName === null ? 'not given' : text(person.vietnameseName),
        ],
        [
          'Other names',
          person.otherNames.length === 0 ? undefined : person.otherNames.map(text).join(', '),
        ],
        ['Service', person.service],
        [
          'Ranks',
          person.ranks.map(
            (claim) =>
              `${rankWords(claim)} ${claimDate(label, claim)}: ${evidenceSummary(label, claim.evidence)}`,
          ),
        ],
        [
          'Positions',
          person.positions.map(
            (claim) =>
              `${quoted(claim.asReported)}${claim.organization === null ? '' : ` (${recordLink(label, 'organizations', claim.organization)})`} ${claimDate(label, claim)}: ${evidenceSummary(label, claim.evidence)}`,
          ),
        ],
        [
          'Meetings',
          meetingsOf(person).map((meeting) => recordLink(label, 'meetings', meeting.id)),
        ],
        ['Rests on cited pages only', citedOnlyFacts(label, 'people', person)],
        ['Inferred', inferredFields(person)],
        ['Conflicts', conflictLinks(dataset, label, 'people', person.id)],
      ]),
    })),
  };
}
