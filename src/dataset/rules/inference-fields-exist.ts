import { type Finding, forEachRecord, type Rule } from '../rule.js';

function valueAt(record: unknown, dotPath: string): unknown {
  return dotPath
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined,
      record,
    );
}

/** Each recorded inference names a field the record has. */
export const inferenceFieldsExist: Rule = {
  name: 'inference-fields-exist',
  description: 'Every inferences[].field is the dot path of a field that the record actually has.',
  check(dataset) {
    const findings: Finding[] = [];
    forEachRecord(dataset, (collection, record) => {
      const inferences = 'inferences' in record ? record.inferences : [];
      inferences.forEach((inference, index) => {
        if (valueAt(record, inference.field) === undefined) {
          findings.push({
            collection,
            id: record.id,
            path: ['inferences', index, 'field'],
            message: `the record has no field "${inference.field}"`,
          });
        }
      });
    });
    return findings;
  },
};
