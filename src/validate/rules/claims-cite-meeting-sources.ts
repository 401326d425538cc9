import type { Rule } from '../rule.js';

/**
 * Every rank or position claim and every metric cites only sources that report its meeting.
 */
export const claimsCiteMeetingSources: Rule = {
  name: 'claims-cite-meeting-sources',
  check(records, { byId }, report) {
    const check = (
      collection: 'people' | 'metrics',
      id: string,
      path: (string | number)[],
      meeting: string | null,
      evidence: readonly { source: string }[],
    ) =>
      evidence.forEach(({ source }, index) => {
        const sources = meeting === null ? undefined : byId.meetings.get(meeting)?.sources;
        if (sources && !sources.includes(source))
          report(
            collection,
            id,
            [...path, 'evidence', index, 'source'],
            `cites "${source}", which does not report meeting "${meeting}"`,
          );
      });
    for (const person of records.people) {
      for (const field of ['ranks', 'positions'] as const)
        person[field].forEach((claim, index) =>
          check('people', person.id, [field, index], claim.meeting, claim.evidence),
        );
    }
    for (const metric of records.metrics)
      check('metrics', metric.id, [], metric.meeting, metric.evidence);
  },
};
