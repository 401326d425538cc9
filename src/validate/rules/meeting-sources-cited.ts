import { forEachEvidence } from '../../core/evidence.js';
import type { Finding, Rule } from '../rule.js';

/** A meeting lists exactly the sources its evidence cites. */
export const meetingSourcesCited: Rule = {
  name: 'meeting-sources-cited',
  description:
    "A meeting's sources are exactly the sources its evidence comes from: each listed source is cited in the meeting's own evidence, and nothing is cited from an unlisted one.",
  check(records) {
    const findings: Finding[] = [];
    for (const meeting of records.meetings) {
      const own = new Set(meeting.evidence.map((evidence) => evidence.source));
      const listed = new Set(meeting.sources);
      meeting.sources.forEach((source, index) => {
        if (!own.has(source))
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['sources', index],
            message: `source "${source}" is listed but the meeting's evidence cites nothing from it`,
          });
      });
      forEachEvidence(meeting, (evidence, path) => {
        if (!listed.has(evidence.source))
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: [...path, 'source'],
            message: `evidence cites "${evidence.source}", which is not among the meeting's sources`,
          });
      });
    }
    return findings;
  },
};
