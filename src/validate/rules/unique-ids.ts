import { groupBy } from '../../core/group.js';
import { shown } from '../../core/text.js';
import type { Rule } from '../rule.js';

/**
 * Every id is unique within its collection.
 */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  check(_records, { raw }, report) {
    const named = raw.filter((record) => !record.id.startsWith('#'));
    for (const [, records] of groupBy(named, (record) => `${record.collection}/${record.id}`)) {
      const [first] = records;
      if (first && records.length > 1)
        report(
          first.collection,
          first.id,
          ['id'],
          `id ${shown(first.id)} is used by ${records.length} records in ${first.collection}`,
        );
    }
  },
};
