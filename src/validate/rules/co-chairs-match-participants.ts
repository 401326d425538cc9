import type { Finding, Rule } from '../rule.js';

/** A meeting's co-chairs are exactly the people its participants list as co-chairs or presiders. */
export const coChairsMatchParticipants: Rule = {
  name: 'co-chairs-match-participants',
  description:
    'coChairs lists exactly the people that participants place in the co-chair or presider role, each backed by evidence there.',
  check(records) {
    const findings: Finding[] = [];
    for (const meeting of records.meetings) {
      const chairing = new Set(
        meeting.participants
          .filter((p) => p.role === 'co-chair' || p.role === 'presider')
          .map((p) => p.person),
      );
      const listed = new Set(meeting.coChairs);
      meeting.coChairs.forEach((person, index) => {
        if (!chairing.has(person)) {
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['coChairs', index],
            message: `"${person}" is a co-chair but no participant entry gives them the co-chair or presider role`,
          });
        }
      });
      for (const person of chairing) {
        if (person !== undefined && !listed.has(person)) {
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['coChairs'],
            message: `participants place "${person}" in the co-chair or presider role, but coChairs does not list them`,
          });
        }
      }
    }
    return findings;
  },
};
