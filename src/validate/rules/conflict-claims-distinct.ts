import type { Finding, Rule } from '../rule.js';

/** A conflict's claims say different things. */
export const conflictClaimsDistinct: Rule = {
  name: 'conflict-claims-distinct',
  description:
    'The claims of a conflict have pairwise different values: a conflict records a real disagreement.',
  check(records) {
    const findings: Finding[] = [];
    for (const conflict of records.conflicts) {
      const first = new Map<string, number>();
      conflict.claims.forEach((claim, index) => {
        const earlier = first.get(claim.value);
        if (earlier === undefined) first.set(claim.value, index);
        else
          findings.push({
            collection: 'conflicts',
            id: conflict.id,
            path: ['claims', index, 'value'],
            message: `"${claim.value}" is already claim ${earlier}`,
          });
      });
    }
    return findings;
  },
};
