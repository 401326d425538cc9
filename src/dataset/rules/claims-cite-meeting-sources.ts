import type { Evidence } from '../../schemas/evidence.js';
import type { FieldPath } from '../problem.js';
import type { Finding, Rule } from '../rule.js';

/** Claims and metrics dated by a meeting cite only the sources that report that meeting. */
export const claimsCiteMeetingSources: Rule = {
  name: 'claims-cite-meeting-sources',
  description:
    'Every rank or position claim and every metric cites only sources that report its meeting.',
  check(dataset, _context, index) {
    const findings: Finding[] = [];
    const check = (
      collection: 'people' | 'metrics',
      id: string,
      path: FieldPath,
      meetingId: string,
      evidence: readonly Evidence[],
    ) => {
      const meeting = index.meetings.get(meetingId);
      if (!meeting) return;
      evidence.forEach((item, position) => {
        if (!meeting.sources.includes(item.source)) {
          findings.push({
            collection,
            id,
            path: [...path, 'evidence', position, 'source'],
            message: `cites "${item.source}", which does not report meeting "${meetingId}"`,
          });
        }
      });
    };
    for (const person of dataset.people) {
      person.ranks.forEach((claim, position) =>
        check('people', person.id, ['ranks', position], claim.meeting, claim.evidence),
      );
      person.positions.forEach((claim, position) =>
        check('people', person.id, ['positions', position], claim.meeting, claim.evidence),
      );
    }
    for (const metric of dataset.metrics)
      check('metrics', metric.id, [], metric.meeting, metric.evidence);
    return findings;
  },
};
