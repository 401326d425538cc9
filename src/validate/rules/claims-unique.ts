import type { Finding, Rule } from '../rule.js';

/** One claim per meeting and wording: further mentions are more evidence for the same claim. */
export const claimsUnique: Rule = {
  name: 'claims-unique',
  description:
    'A person has at most one rank claim and one position claim per meeting and wording; further mentions are more evidence on that claim.',
  check(records) {
    const findings: Finding[] = [];
    for (const person of records.people) {
      for (const field of ['ranks', 'positions'] as const) {
        const first = new Map<string, number>();
        person[field].forEach((claim, index) => {
          const key = `${claim.meeting}\u0000${claim.asReported}`;
          const earlier = first.get(key);
          if (earlier === undefined) first.set(key, index);
          else
            findings.push({
              collection: 'people',
              id: person.id,
              path: [field, index],
              message: `repeats ${field}[${earlier}] (same meeting and wording); add the evidence there instead`,
            });
        });
      }
    }
    return findings;
  },
};
