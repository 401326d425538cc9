import type * as z from 'zod';
import type { FieldPath, Problem } from './problem.js';
import type { CollectionName } from '../schemas/conflict.js';

function valueAt(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (inner, key) =>
      inner !== null && typeof inner === 'object'
        ? (inner as Record<string | number, unknown>)[key]
        : undefined,
    value,
  );
}

/** Turns zod issues into problems a curator can act on: one per unknown field, "missing" for absent required fields. */
export function schemaProblems(
  collection: CollectionName,
  id: string,
  value: unknown,
  issues: readonly z.core.$ZodIssue[],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        rule: 'schema',
        collection,
        id,
        path: [...path, key],
        message: `unknown field "${key}" (misspelt, or not part of this record type)`,
      }));
    }
    if (
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      valueAt(value, path) === undefined
    ) {
      const expected =
        issue.code === 'invalid_type'
          ? issue.expected
          : `one of ${issue.values.map((option) => JSON.stringify(option)).join(', ')}`;
      return [
        {
          rule: 'schema',
          collection,
          id,
          path,
          message: `required field is missing (expected ${expected})`,
        },
      ];
    }
    if (
      issue.code === 'invalid_type' &&
      issue.expected === 'string' &&
      ['number', 'boolean'].includes(typeof valueAt(value, path))
    ) {
      return [
        {
          rule: 'schema',
          collection,
          id,
          path,
          message: `${issue.message} (YAML reads unquoted ${String(valueAt(value, path))} as a ${typeof valueAt(value, path)}: put it in quotes)`,
        },
      ];
    }
    return [{ rule: 'schema', collection, id, path, message: issue.message }];
  });
}
