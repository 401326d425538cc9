import type { FieldPath } from '../dataset/problem.js';

/** How deep plain data may nest; records nest a few levels, so deeper means a cycle or something that is not a record. */
const MAX_DEPTH = 64;

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)
    ?.constructor?.name;
  return name ? `a ${name}` : 'an object that is not plain';
}

/** Where a value stops being plain data, and what is there instead ("a function", "a Date"...). */
export interface PlainDataProblem {
  readonly path: FieldPath;
  readonly is: string;
}

/**
 * Why a value is not plain data (objects with no class, arrays, strings, numbers, booleans, null
 * and undefined): the path to the first offending part and what it is, or null when it is plain.
 * Checked without copying, so that a dataset can be built from its input without cloning it first.
 */
export function plainDataProblem(value: unknown): PlainDataProblem | null {
  const path: (string | number)[] = [];
  const visit = (node: unknown): PlainDataProblem | null => {
    if (
      node === null ||
      node === undefined ||
      typeof node === 'string' ||
      typeof node === 'number' ||
      typeof node === 'boolean'
    )
      return null;
    if (typeof node !== 'object') return { path: [...path], is: describe(node) };
    if (path.length >= MAX_DEPTH)
      return {
        path: [...path],
        is: `nested more than ${MAX_DEPTH} levels deep (is there a cycle?)`,
      };
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        path.push(index);
        const problem = visit(node[index]);
        path.pop();
        if (problem !== null) return problem;
      }
      return null;
    }
    const prototype: unknown = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null)
      return { path: [...path], is: describe(node) };
    for (const key of Object.keys(node)) {
      path.push(key);
      const problem = visit((node as Record<string, unknown>)[key]);
      path.pop();
      if (problem !== null) return problem;
    }
    return null;
  };
  return visit(value);
}
