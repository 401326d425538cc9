import type { Ids } from '../../../../src/core/collections.js';
import type { Dataset } from '../../../../src/dataset.js';
import { recordsInPlace } from '../../../../src/helpers/places.js';
import type { CataloguePage } from '../catalogue-page.js';
import { keyFields, recordLink, recordLinks, text } from '../markdown.js';

/** The places page: each place, where it lies, and what the dataset records in it. */
export function placesPage(dataset: Dataset<Ids>): CataloguePage {
  return {
    collection: 'places',
    title: 'Places',
    charts: [],
    sections: dataset.places.map((place) => {
      const inside = recordsInPlace(place.id, { dataset });
      return {
        id: place.id,
        charts: [],
        body: keyFields([
          ['Name', text(place.name)],
          [
            'In Vietnamese',
            place.vietnameseName === null ? 'not given' : text(place.vietnameseName),
          ],
          ['Level', place.level],
          ['Lies in', place.parent === null ? 'none recorded' : recordLink('places', place.parent)],
          [
            'Places inside',
            recordLinks(
              'places',
              inside.places.slice(1).map((candidate) => candidate.id),
            ),
          ],
          [
            'Bodies',
            recordLinks(
              'organizations',
              inside.organizations.map((body) => body.id),
            ),
          ],
          [
            'Meetings',
            recordLinks(
              'meetings',
              inside.meetings.map((meeting) => meeting.id),
            ),
          ],
          [
            'Metrics',
            recordLinks(
              'metrics',
              inside.metrics.map((metric) => metric.id),
            ),
          ],
        ]),
      };
    }),
  };
}
