import type * as z from 'zod';
import type { CollectionName } from '../core/collections.js';
import { MAX_DEPTH } from '../core/evidence.js';
import { type FieldPath, type Problem, valueAt } from '../core/problem.js';

/** Where a value stops being plain data (objects with no class, arrays, strings, numbers, booleans, null), and what is there. */
export function notPlainData(
  value: unknown,
  path: (string | number)[] = [],
): { path: FieldPath; is: string } | null {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value))
    return null;
  if (typeof value !== 'object') return { path, is: `a ${typeof value}` };
  if (path.length >= MAX_DEPTH)
    return { path, is: `nested more than ${MAX_DEPTH} levels deep (is there a cycle?)` };
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null)
    return {
      path,
      is: `a ${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'object that is not plain'}`,
    };
  // One path array for the whole walk, copied only into the answer: a record with 100,000 keys
  // made 100,000 arrays here.
  const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
  for (const key of keys) {
    path.push(key);
    const problem = notPlainData((value as Record<string | number, unknown>)[key], path);
    if (problem) return problem.path === path ? { ...problem, path: [...path] } : problem;
    path.pop();
  }
  return null;
}

/**
 * Turns zod issues into problems a curator can act on: one per unknown field; "missing" for an
 * absent required field; for a value that matches none of a union's forms, the problems of the
 * form it comes closest to.
 */
export function schemaProblems(
  collection: CollectionName,
  id: string,
  record: unknown,
  issues: readonly z.core.$ZodIssue[],
  prefix: FieldPath = [],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    // zod's own path serves as it is when it needs nothing added or removed: with 100,000 invalid
    // records every array and string kept per problem counts (see tests/hostile).
    const path = (
      prefix.length === 0 && !issue.path.some((key) => typeof key === 'symbol')
        ? issue.path
        : [...prefix, ...issue.path.filter((key) => typeof key !== 'symbol')]
    ) as FieldPath;
    const at = (message: string, where: FieldPath = path): Problem => ({
      rule: 'schema',
      collection,
      id,
      path: where,
      message,
    });
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, errors) =>
        errors.length < best.length ? errors : best,
      );
      return schemaProblems(collection, id, record, closest, path);
    }
    if (issue.code === 'unrecognized_keys') {
      const why = '(misspelt, or not part of this record type)';
      return issue.keys.map((key) => at(`unknown field "${key}" ${why}`, [...path, key]));
    }
    const value = valueAt(record, path);
    if (issue.code === 'invalid_type' && value === undefined)
      return [at(`required field is missing (expected ${issue.expected})`)];
    if (issue.code === 'invalid_value' && value === undefined) {
      const values = issue.values.map((option) => JSON.stringify(option)).join(', ');
      return [at(`required field is missing (expected one of ${values})`)];
    }
    const unquoted = typeof value === 'number' || typeof value === 'boolean';
    if (issue.code === 'invalid_type' && issue.expected === 'string' && unquoted) {
      const hint = `YAML reads unquoted ${String(value)} as a ${typeof value}: put it in quotes`;
      return [at(`${issue.message} (${hint})`)];
    }
    return [at(issue.message)];
  });
}
