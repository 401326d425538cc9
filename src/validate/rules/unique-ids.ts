import { shown } from '../../core/text.js';
import type { Finding, Rule } from '../rule.js';

/** Ids are unique within each collection. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  description: 'Every id is unique within its collection.',
  check(_records, { raw }) {
    const counts = new Map<string, number>();
    for (const record of raw) {
      if (record.id.startsWith('#')) continue;
      const key = `${record.collection}/${record.id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const record of raw) {
      const count = counts.get(`${record.collection}/${record.id}`) ?? 0;
      if (count < 2 || reported.has(`${record.collection}/${record.id}`)) continue;
      reported.add(`${record.collection}/${record.id}`);
      findings.push({
        collection: record.collection,
        id: record.id,
        path: ['id'],
        message: `id ${shown(record.id)} is used by ${count} records in ${record.collection}`,
      });
    }
    return findings;
  },
};
