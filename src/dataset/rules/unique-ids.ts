import type { CollectionName } from '../../schemas/conflict.js';
import type { Finding, Rule } from '../rule.js';

/** Ids are unique within each collection. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  description: 'Every id is unique within its collection.',
  check(dataset) {
    const findings: Finding[] = [];
    for (const collection of Object.keys(dataset) as CollectionName[]) {
      const seen = new Map<string, number>();
      for (const record of dataset[collection]) seen.set(record.id, (seen.get(record.id) ?? 0) + 1);
      for (const [id, count] of seen) {
        if (count > 1)
          findings.push({
            collection,
            id,
            path: ['id'],
            message: `id "${id}" is used by ${count} records in ${collection}`,
          });
      }
    }
    return findings;
  },
};
