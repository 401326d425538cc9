import { compareSpans } from '../../core/dates.js';
import type { Rule } from '../rule.js';

/**
 * A person's rank claims, and their position claims, are listed in date order (by the first day
 * each may hold, then the last), so that a record reads as a career does.
 */
export const claimsInDateOrder: Rule = {
  name: 'claims-in-date-order',
  check(records, _context, report) {
    for (const person of records.people)
      for (const field of ['ranks', 'positions'] as const)
        person[field].forEach((claim, index) => {
          const next = person[field][index + 1];
          if (next && compareSpans(claim.asOf, next.asOf) > 0)
            report(
              'people',
              person.id,
              [field, index + 1],
              `dated ${next.asOf.edtf}, before ${field}[${index}] (${claim.asOf.edtf}): list claims in date order`,
            );
        });
  },
};
