import type { Finding, Rule } from '../rule.js';

const CHAIRING_ROLES = new Set(['co-chair', 'presider']);

/** A meeting's co-chairs are exactly the people its participants list as co-chairs or presiders. */
export const coChairsMatchParticipants: Rule = {
  name: 'co-chairs-match-participants',
  description:
    'coChairs lists exactly the people that participants place in the co-chair or presider role, each backed by evidence there.',
  check(dataset) {
    const findings: Finding[] = [];
    for (const meeting of dataset.meetings) {
      const chairing = new Set(
        meeting.participants
          .filter((p) => CHAIRING_ROLES.has(p.role) && p.person)
          .map((p) => p.person as string),
      );
      meeting.coChairs.forEach((person, position) => {
        if (!chairing.has(person)) {
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['coChairs', position],
            message: `"${person}" is a co-chair but no participant entry gives them the co-chair or presider role with evidence`,
          });
        }
      });
      for (const person of chairing) {
        if (!meeting.coChairs.includes(person)) {
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
