import { parsePath, valueAt } from '../../core/problem.js';
import { forEachRecord, type Rule } from '../rule.js';

/**
 * Every inferences[].field is the path ("date", "scope.level", "sites[0].kind") of a field the
 * record has.
 */
export const inferenceFieldsExist: Rule = {
  name: 'inference-fields-exist',
  check(records, _context, report) {
    forEachRecord(records, (collection, record) => {
      ('inferences' in record ? record.inferences : []).forEach(({ field }, index) => {
        if (valueAt(record, parsePath(field)) === undefined)
          report(
            collection,
            record.id,
            ['inferences', index, 'field'],
            `the record has no field "${field}"`,
          );
      });
    });
  },
};
