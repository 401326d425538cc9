import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { edtfLabel } from '../../../../src/core/dates.js';
import type { CataloguePage } from '../catalogue-page.js';
import { ranksOverTime } from '../chart-specs.js';
import { conflictLinks, evidenceSources, inferredFields } from '../describe-values.js';
import { keyFields, quoted, recordLink, recordLinks, text } from '../markdown.js';

/** The people page: each official's names, every rank and position claim as written and dated, meetings, and a ranks chart. */
export function peoplePage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'people',
    title: 'People',
    charts: [],
    sections: dataset.people.map((person) => {
      const spec = ranksOverTime(person);
      const meetings = dataset.meetings.filter(
        (meeting) =>
          meeting.coChairs.includes(person.id) ||
          meeting.participants.some((participant) => participant.person === person.id),
      );
      return {
        id: person.id,
        charts:
          spec === null
            ? []
            : [
                {
                  file: `ranks-${person.id}`,
                  alt: `${person.name}: ranks as reported over time`,
                  spec,
                },
              ],
        body: keyFields([
          ['Name', text(person.name)],
          [
            'Other names',
            person.otherNames.length === 0 ? undefined : person.otherNames.map(text).join(', '),
          ],
          ['Service', person.service],
          [
            'Ranks',
            person.ranks.map(
              (claim) =>
                `${quoted(claim.asReported)} (${claim.rank ?? 'unsettled'}) as of ${edtfLabel(claim.asOf.edtf)}${claim.meeting === null ? ` (${claim.kind})` : ` at ${recordLink('meetings', claim.meeting)}`}, in ${evidenceSources(claim.evidence)}`,
            ),
          ],
          [
            'Positions',
            person.positions.map(
              (claim) =>
                `${quoted(claim.asReported)}${claim.organization === null ? '' : ` (${recordLink('organizations', claim.organization)})`} as of ${edtfLabel(claim.asOf.edtf)}${claim.meeting === null ? ` (${claim.kind})` : ` at ${recordLink('meetings', claim.meeting)}`}`,
            ),
          ],
          [
            'Meetings',
            recordLinks(
              'meetings',
              meetings.map((meeting) => meeting.id),
            ),
          ],
          ['Inferred', inferredFields(person)],
          ['Conflicts', conflictLinks(dataset, 'people', person.id)],
        ]),
      };
    }),
  };
}
