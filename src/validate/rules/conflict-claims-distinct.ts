import type { Rule } from '../rule.js';

/**
 * The claims of a conflict have pairwise different values: a conflict records a real disagreement.
 */
export const conflictClaimsDistinct: Rule = {
  name: 'conflict-claims-distinct',
  check(records, _context, report) {
    for (const conflict of records.conflicts) {
      const values = conflict.claims.map((claim) => claim.value);
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index)
          report(
            'conflicts',
            conflict.id,
            ['claims', index, 'value'],
            `"${value}" is already claim ${values.indexOf(value)}`,
          );
      });
    }
  },
};
