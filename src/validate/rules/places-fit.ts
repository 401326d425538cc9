import { PLACE_LEVELS } from '../../core/vocabulary.js';
import type { Rule } from '../rule.js';

/** How far down a level is: 0 for a country, the largest. */
const depth = (level: (typeof PLACE_LEVELS)[number]) => PLACE_LEVELS.indexOf(level);

/**
 * A place lies in a place of a larger level (a commune in a district or province, a district in a
 * province, a province in a country or nowhere), so places cannot form a cycle; the place of a
 * meeting or of a metric's scope is a province, district or commune, not a country.
 */
export const placesFit: Rule = {
  name: 'places-fit',
  check(records, { byId }, report) {
    for (const place of records.places) {
      const parent = place.parent === null ? undefined : byId.places.get(place.parent);
      if (parent && depth(parent.level) >= depth(place.level))
        report(
          'places',
          place.id,
          ['parent'],
          `a ${place.level} cannot lie in a ${parent.level} ("${parent.id}")`,
        );
    }
    const country = (id: string | null) => id !== null && byId.places.get(id)?.level === 'country';
    for (const meeting of records.meetings)
      if (country(meeting.place))
        report(
          'meetings',
          meeting.id,
          ['place'],
          `"${meeting.place}" is a country; a meeting's place is a province, district or commune (null for a national meeting)`,
        );
    for (const metric of records.metrics)
      if (country(metric.scope.place))
        report(
          'metrics',
          metric.id,
          ['scope', 'place'],
          `"${metric.scope.place}" is a country; a scope's place is a province, district or commune (null for national)`,
        );
  },
};
