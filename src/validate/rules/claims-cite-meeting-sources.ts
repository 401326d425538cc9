import type { Finding, Rule } from '../rule.js';

/** Claims and metrics dated by a meeting cite only the sources that report that meeting. */
export const claimsCiteMeetingSources: Rule = {
  name: 'claims-cite-meeting-sources',
  description:
    'Every rank or position claim and every metric cites only sources that report its meeting.',
  check(records, { byId }) {
    const findings: Finding[] = [];
    const check = (
      collection: 'people' | 'metrics',
      id: string,
      path: (string | number)[],
      meetingId: string,
      evidence: readonly { source: string }[],
    ) => {
      const meeting = byId.meetings.get(meetingId);
      if (!meeting) return;
      evidence.forEach((item, index) => {
        if (!meeting.sources.includes(item.source)) {
          findings.push({
            collection,
            id,
            path: [...path, 'evidence', index, 'source'],
            message: `cites "${item.source}", which does not report meeting "${meetingId}"`,
          });
        }
      });
    };
    for (const person of records.people) {
      person.ranks.forEach((claim, index) =>
        check('people', person.id, ['ranks', index], claim.meeting, claim.evidence),
      );
      person.positions.forEach((claim, index) =>
        check('people', person.id, ['positions', index], claim.meeting, claim.evidence),
      );
    }
    for (const metric of records.metrics)
      check('metrics', metric.id, [], metric.meeting, metric.evidence);
    return findings;
  },
};
