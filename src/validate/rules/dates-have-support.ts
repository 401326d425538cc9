import { formatPath } from '../../core/problem.js';
import { forEachDate, forEachRecord, type Rule } from '../rule.js';

/**
 * Every date and period has evidence that states it (or the parts of it that are stated), or an
 * entry in the record's inferences that gives the reasoning.
 */
export const datesHaveSupport: Rule = {
  name: 'dates-have-support',
  check(records, { copied }, report) {
    forEachRecord(records, (collection, record) => {
      const inferred = new Set(
        'inferences' in record ? record.inferences.map((inference) => inference.field) : [],
      );
      forEachDate(
        record,
        [],
        (date, path) => {
          if (
            date.evidence.length > 0 ||
            path.some((_, end) => inferred.has(formatPath(path.slice(0, end + 1))))
          )
            return;
          report(
            collection,
            record.id,
            [...path, 'evidence'],
            `the date has no evidence; cite what states it, or record the inference of "${formatPath(path)}" with its reasoning`,
          );
        },
        copied,
      );
    });
  },
};
