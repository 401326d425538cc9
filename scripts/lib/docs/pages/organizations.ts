import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { byText, nameHeading, namesOf, type CataloguePage } from '../catalogue-page.js';
import {
  citedOnlyFacts,
  conflictLinks,
  evidenceSummary,
  inferredFields,
} from '../describe-values.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, recordLink, recordLinks, table, text } from '../markdown.js';

type Organization = Dataset<Ids>['organizations'][number];

/** The organizations page: a table of the bodies by name, then each body (headed by its name and Vietnamese name) with its other names, kind, parent and area, and where the dataset refers to it. */
export function organizationsPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byName = [...dataset.organizations].sort(byText((organization) => organization.name));
  const meetingsOf = (organization: Organization) =>
    dataset.meetings.filter((meeting) =>
      meeting.participants.some((participant) => participant.organization === organization.id),
    );
  const parentText = (organization: Organization) =>
    organization.parent === null
      ? 'none stated'
      : recordLink(label, 'organizations', organization.parent);
  const placeText = (organization: Organization) =>
    organization.place === null ? 'national' : recordLink(label, 'places', organization.place);
  return {
    collection: 'organizations',
    title: 'Organizations',
    overview: table(
      ['Name', 'Vietnamese name', 'Kind', 'Part of', 'Place', 'Meetings'],
      byName.map((organization) => [
        recordLink(label, 'organizations', organization.id),
        organization.vietnameseName === null ? 'not given' : text(organization.vietnameseName),
        organization.kind,
        parentText(organization),
        placeText(organization),
        String(meetingsOf(organization).length),
      ]),
    ),
    charts: [],
    sections: byName.map((organization) => {
      const id = organization.id;
      const children = dataset.organizations.filter((other) => other.parent === id);
      const positions = dataset.people.filter((person) =>
        person.positions.some((claim) => claim.organization === id),
      );
      return {
        id,
        heading: nameHeading(organization.name, organization.vietnameseName),
        names: namesOf(
          organization.name,
          organization.vietnameseName,
          ...organization.abbreviations,
          ...organization.otherNames,
        ),
        charts: [],
        body: keyFields([
          [
            'Name',
            `${text(organization.name)}${organization.inferences.some((inference) => inference.field === 'name') ? ' (inferred)' : ''}`,
          ],
          [
            'In Vietnamese',
            organization.vietnameseName === null ? undefined : text(organization.vietnameseName),
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
          ['Part of', parentText(organization)],
          ['Place', placeText(organization)],
          [
            'Bodies under it',
            children.length === 0
              ? undefined
              : recordLinks(
                  label,
                  'organizations',
                  children.map((child) => child.id),
                ),
          ],
          [
            'Meetings',
            meetingsOf(organization).map((meeting) => recordLink(label, 'meetings', meeting.id)),
          ],
          [
            'People with positions in it',
            positions.length === 0
              ? undefined
              : recordLinks(
                  label,
                  'people',
                  positions.map((person) => person.id),
                ),
          ],
          ['Named in', evidenceSummary(label, organization.evidence)],
          ['Rests on cited pages only', citedOnlyFacts(label, 'organizations', organization)],
          ['Inferred', inferredFields(organization)],
          ['Conflicts', conflictLinks(dataset, label, 'organizations', id)],
        ]),
      };
    }),
  };
}
