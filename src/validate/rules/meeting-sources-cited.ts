import { forEachEvidence } from '../../core/evidence.js';
import type { Rule } from '../rule.js';

/**
 * A meeting's sources are exactly the sources its evidence comes from: each listed source is cited
 * in the meeting's own evidence, and nothing is cited from an unlisted one.
 */
export const meetingSourcesCited: Rule = {
  name: 'meeting-sources-cited',
  check(records, _context, report) {
    for (const meeting of records.meetings) {
      const own = new Set(meeting.evidence.map((evidence) => evidence.source));
      meeting.sources.forEach((source, index) => {
        if (!own.has(source))
          report(
            'meetings',
            meeting.id,
            ['sources', index],
            `source "${source}" is listed but the meeting's evidence cites nothing from it`,
          );
      });
      forEachEvidence(meeting, ({ source }, path) => {
        if (!meeting.sources.includes(source))
          report(
            'meetings',
            meeting.id,
            [...path, 'source'],
            `evidence cites "${source}", which is not among the meeting's sources`,
          );
      });
    }
  },
};
