import type { Rule } from '../rule.js';

/** One claim per meeting and wording: further mentions are more evidence for the same claim. */
export const claimsUnique: Rule = {
  name: 'claims-unique',
  description:
    'A person has at most one rank claim and one position claim per meeting and wording; further mentions are more evidence on that claim.',
  check(records, _context, report) {
    for (const person of records.people) {
      for (const field of ['ranks', 'positions'] as const) {
        const first = new Map<string, number>();
        person[field].forEach((claim, index) => {
          const earlier = first.get(`${claim.meeting}\u0000${claim.asReported}`);
          if (earlier === undefined) first.set(`${claim.meeting}\u0000${claim.asReported}`, index);
          else
            report(
              'people',
              person.id,
              [field, index],
              `repeats ${field}[${earlier}] (same meeting and wording); add the evidence there instead`,
            );
        });
      }
    }
  },
};
