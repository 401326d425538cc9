import type { Rule } from '../rule.js';

/**
 * coChairs lists exactly the people that participants place in the co-chair or presider role, each
 * backed by evidence there.
 */
export const coChairsMatchParticipants: Rule = {
  name: 'co-chairs-match-participants',
  check(records, _context, report) {
    for (const meeting of records.meetings) {
      const chairing = new Set(
        meeting.participants
          .filter((p) => p.role === 'co-chair' || p.role === 'presider')
          .map((p) => p.person),
      );
      meeting.coChairs.forEach((person, index) => {
        if (!chairing.has(person))
          report(
            'meetings',
            meeting.id,
            ['coChairs', index],
            `"${person}" is a co-chair but no participant entry gives them the co-chair or presider role`,
          );
      });
      for (const person of chairing) {
        if (person !== undefined && !meeting.coChairs.includes(person))
          report(
            'meetings',
            meeting.id,
            ['coChairs'],
            `participants place "${person}" in the co-chair or presider role, but coChairs does not list them`,
          );
      }
    }
  },
};
