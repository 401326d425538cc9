import { evidenceIn } from '../evidence-in.js';
import type { Finding, Rule } from '../rule.js';

/** A meeting lists exactly the sources its evidence cites. */
export const meetingSourcesCited: Rule = {
  name: 'meeting-sources-cited',
  description:
    "A meeting's sources are exactly the sources its evidence quotes come from: each listed source is cited in the meeting's own evidence, and nothing is cited from an unlisted one.",
  check(dataset) {
    const findings: Finding[] = [];
    for (const meeting of dataset.meetings) {
      const ownCitations = new Set(meeting.evidence.map((evidence) => evidence.source));
      meeting.sources.forEach((source, index) => {
        if (!ownCitations.has(source)) {
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['sources', index],
            message: `source "${source}" is listed but the meeting's evidence quotes nothing from it`,
          });
        }
      });
      for (const { path, evidence } of evidenceIn(meeting)) {
        if (!meeting.sources.includes(evidence.source)) {
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: [...path, 'source'],
            message: `evidence cites "${evidence.source}", which is not among the meeting's sources`,
          });
        }
      }
    }
    return findings;
  },
};
