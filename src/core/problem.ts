import type { CollectionName } from './collections.js';

/**
 * A path into a record: keys and array indexes.
 *
 * @example
 * ```ts
 * import type { FieldPath } from 'mnd-mps-coordination';
 * const path: FieldPath = ['ranks', 1, 'asReported'];
 * ```
 * @category Errors
 */
export type FieldPath = readonly (string | number)[];

/**
 * One thing wrong with the data, located as precisely as is known.
 *
 * @example
 * ```ts
 * import { DatasetValidationError, type Problem } from 'mnd-mps-coordination';
 * const describe = (problem: Problem) => `${problem.collection}/${problem.id}: ${problem.message}`;
 * const report = (error: DatasetValidationError) => error.problems.map(describe);
 * ```
 * @category Errors
 */
export interface Problem {
  /** The check that found it: a rule name, `schema`, `input`, `yaml`, ... */
  readonly rule: string;
  readonly collection?: CollectionName;
  /** Id of the record, when known. */
  readonly id?: string;
  /** Path of the field within the record. */
  readonly path: FieldPath;
  /** What is wrong, in words a curator understands. */
  readonly message: string;
  /** The authored file, when the record came from one. */
  readonly file?: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
}

/** Renders a field path as `a.b[2].c`. */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text ? `.${key}` : key;
  return text;
}

/** The value at a path inside a value, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path)
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<string | number, unknown>)[key]
        : undefined;
  return current;
}

/**
 * The paths inside a value that a pattern matches: a `*` step stands for every item of a list,
 * any other step for a key that the (non-list) object has. The paths come in document order.
 */
export function pathsMatching(value: unknown, pattern: readonly string[]): (string | number)[][] {
  if (pattern.length === 0) return [[]];
  if (value === null || typeof value !== 'object') return [];
  const [step, ...rest] = pattern as [string, ...string[]];
  if (step === '*') {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) =>
      pathsMatching(item, rest).map((inner) => [index, ...inner]),
    );
  }
  if (Array.isArray(value) || !Object.hasOwn(value, step)) return [];
  const child = (value as Record<string, unknown>)[step];
  return pathsMatching(child, rest).map((inner) => [step, ...inner]);
}

/** Reads a path written `a.b[2].c` back into its keys. */
export function parsePath(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key as string) : Number(index),
  );
}

/** Renders a problem as `file:line: field: reason` (or `collection/id: field: reason` without a file). */
export function formatProblem(problem: Problem): string {
  const where = problem.file
    ? `${problem.file}${problem.line ? `:${problem.line}` : ''}`
    : `${problem.collection ?? 'dataset'}${problem.id ? `/${problem.id}` : ''}`;
  const field = formatPath(problem.path);
  return `${where}: ${field ? `${field}: ` : ''}${problem.message}`;
}
