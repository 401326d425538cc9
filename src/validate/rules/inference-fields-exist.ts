import { parsePath } from '../../core/problem.js';
import { type Finding, forEachRecord, type Rule } from '../rule.js';

/** Each recorded inference names a field the record has. */
export const inferenceFieldsExist: Rule = {
  name: 'inference-fields-exist',
  description:
    'Every inferences[].field is the path ("date", "scope.level", "sites[0].kind") of a field the record has.',
  check(records) {
    const findings: Finding[] = [];
    forEachRecord(records, (collection, record) => {
      if (!('inferences' in record)) return;
      record.inferences.forEach((inference, index) => {
        const value = parsePath(inference.field).reduce<unknown>(
          (inner, key) =>
            inner !== null && typeof inner === 'object'
              ? (inner as Record<string | number, unknown>)[key]
              : undefined,
          record,
        );
        if (value === undefined)
          findings.push({
            collection,
            id: record.id,
            path: ['inferences', index, 'field'],
            message: `the record has no field "${inference.field}"`,
          });
      });
    });
    return findings;
  },
};
