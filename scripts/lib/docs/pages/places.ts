import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { recordsInPlace } from '../../../../src/helpers/places.js';
import { byText, nameHeading, namesOf, type CataloguePage } from '../catalogue-page.js';
import { citedOnlyFacts, evidenceSummary, inferredFields } from '../describe-values.js';
import type { RecordLabel } from '../labels.js';
import { keyFields, recordLink, recordLinks, table, text } from '../markdown.js';

type Place = Dataset<Ids>['places'][number];

/** The places page: a table of the places by name, then each place (headed by its name and Vietnamese name), where it lies, and what the dataset records in it. */
export function placesPage(dataset: Dataset<Ids>, label: RecordLabel): CataloguePage {
  const byName = [...dataset.places].sort(byText((place) => place.name));
  const vietnamese = (place: Place) =>
    place.vietnameseName === null ? 'not given' : text(place.vietnameseName);
  const parent = (place: Place) =>
    place.parent === null ? 'none recorded' : recordLink(label, 'places', place.parent);
  return {
    collection: 'places',
    title: 'Places',
    overview: table(
      ['Name', 'Vietnamese name', 'Level', 'Lies in'],
      byName.map((place) => [
        recordLink(label, 'places', place.id),
        vietnamese(place),
        place.level,
        parent(place),
      ]),
    ),
    charts: [],
    sections: byName.map((place) => {
      const inside = recordsInPlace(place.id, { dataset });
      return {
        id: place.id,
        heading: nameHeading(place.name, place.vietnameseName),
        names: namesOf(place.name, place.vietnameseName),
        charts: [],
        body: keyFields([
          ['In Vietnamese', vietnamese(place)],
          ['Level', place.level],
          ['Lies in', parent(place)],
          [
            'Places inside',
            recordLinks(
              label,
              'places',
              inside.places.slice(1).map((candidate) => candidate.id),
            ),
          ],
          [
            'Bodies',
            recordLinks(
              label,
              'organizations',
              inside.organizations.map((body) => body.id),
            ),
          ],
          ['Meetings', inside.meetings.map((meeting) => recordLink(label, 'meetings', meeting.id))],
          ['Metrics', inside.metrics.map((metric) => recordLink(label, 'metrics', metric.id))],
          ['Named in', evidenceSummary(label, place.evidence)],
          ['Rests on cited pages only', citedOnlyFacts(label, 'places', place)],
          ['Inferred', inferredFields(place)],
        ]),
      };
    }),
  };
}
