import type { Rule } from '../rule.js';

/**
 * A person has at most one rank claim and one position claim per meeting and wording (per date and
 * wording for a claim without a meeting, such as a promotion); further mentions are more evidence
 * on that claim.
 */
export const claimsUnique: Rule = {
  name: 'claims-unique',
  check(records, _context, report) {
    for (const person of records.people) {
      for (const field of ['ranks', 'positions'] as const) {
        const first = new Map<string, number>();
        person[field].forEach((claim, index) => {
          const key = `${claim.meeting ?? `asOf ${claim.asOf.edtf}`}\u0000${claim.asReported}`;
          const earlier = first.get(key);
          if (earlier === undefined) first.set(key, index);
          else
            report(
              'people',
              person.id,
              [field, index],
              `repeats ${field}[${earlier}] (same meeting or date, and wording); add the evidence there instead`,
            );
        });
      }
    }
  },
};
