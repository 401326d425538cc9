import type { Finding, Rule } from '../rule.js';

/** One claim per meeting and wording: repeated mentions are more evidence for the same claim. */
export const claimsUnique: Rule = {
  name: 'claims-unique',
  description:
    'A person has at most one rank claim and one position claim per meeting and wording; further mentions are more evidence on that claim.',
  check(dataset) {
    const findings: Finding[] = [];
    for (const person of dataset.people) {
      for (const field of ['ranks', 'positions'] as const) {
        const keys = person[field].map((claim) => `${claim.meeting}\u0000${claim.asReported}`);
        keys.forEach((key, index) => {
          const first = keys.indexOf(key);
          if (first !== index) {
            findings.push({
              collection: 'people',
              id: person.id,
              path: [field, index],
              message: `repeats ${field}[${first}] (same meeting and wording); add the evidence there instead`,
            });
          }
        });
      }
    }
    return findings;
  },
};
