import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import type { CataloguePage } from '../catalogue-page.js';
import { conflictLinks, evidenceSources, inferredFields } from '../describe-values.js';
import { keyFields, recordLink, recordLinks, text } from '../markdown.js';

/** The organizations page: each body's names, kind, parent and area, and where the dataset refers to it. */
export function organizationsPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'organizations',
    title: 'Organizations',
    charts: [],
    sections: dataset.organizations.map((organization) => {
      const id = organization.id;
      const meetings = dataset.meetings.filter((meeting) =>
        meeting.participants.some((participant) => participant.organization === id),
      );
      const children = dataset.organizations.filter((other) => other.parent === id);
      const positions = dataset.people.filter((person) =>
        person.positions.some((claim) => claim.organization === id),
      );
      return {
        id,
        charts: [],
        body: keyFields([
          [
            'Name',
            `${text(organization.name)}${organization.inferences.some((inference) => inference.field === 'name') ? ' (inferred)' : ''}`,
          ],
          [
            'Abbreviations',
            organization.abbreviations.length === 0
              ? undefined
              : organization.abbreviations.map(text).join(', '),
          ],
          [
            'Other names',
            organization.otherNames.length === 0
              ? undefined
              : organization.otherNames.map(text).join(', '),
          ],
          ['Kind', organization.kind],
          [
            'Parent',
            organization.parent === null
              ? 'none stated'
              : recordLink('organizations', organization.parent),
          ],
          [
            'Place',
            organization.place === null ? 'national' : recordLink('places', organization.place),
          ],
          [
            'Bodies under it',
            children.length === 0
              ? undefined
              : recordLinks(
                  'organizations',
                  children.map((child) => child.id),
                ),
          ],
          [
            'Meetings',
            meetings.length === 0
              ? undefined
              : recordLinks(
                  'meetings',
                  meetings.map((meeting) => meeting.id),
                ),
          ],
          [
            'People with positions in it',
            positions.length === 0
              ? undefined
              : recordLinks(
                  'people',
                  positions.map((person) => person.id),
                ),
          ],
          ['Named in', evidenceSources(organization.evidence)],
          ['Inferred', inferredFields(organization)],
          ['Conflicts', conflictLinks(dataset, 'organizations', id)],
        ]),
      };
    }),
  };
}
