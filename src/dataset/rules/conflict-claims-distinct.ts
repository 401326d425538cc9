import type { Finding, Rule } from '../rule.js';

/** A conflict's claims say different things. */
export const conflictClaimsDistinct: Rule = {
  name: 'conflict-claims-distinct',
  description:
    'The claims of a conflict have pairwise different values: a conflict records a real disagreement.',
  check(dataset) {
    const findings: Finding[] = [];
    for (const conflict of dataset.conflicts) {
      const values = conflict.claims.map((claim) => claim.value);
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index)
          findings.push({
            collection: 'conflicts',
            id: conflict.id,
            path: ['claims', index, 'value'],
            message: `"${value}" is already claim ${values.indexOf(value)}`,
          });
      });
    }
    return findings;
  },
};
