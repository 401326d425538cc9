/** How deep plain data may nest; records nest a few levels, so deeper means a cycle or something that is not a record. */
const MAX_DEPTH = 64;

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name ? `a ${name}` : 'an object that is not plain';
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/**
 * Why a value is not plain data (objects with no class, arrays, strings, numbers, booleans, null
 * and undefined), with the path to the first offending part, or null when it is. Checked without
 * copying, so that a dataset can be built from its input without cloning it first.
 */
export function plainDataProblem(value: unknown): string | null {
  const path: (string | number)[] = [];
  const visit = (node: unknown): string | null => {
    if (node === null || node === undefined || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return null;
    if (typeof node !== 'object') return `${pathText(path)} is ${describe(node)}`;
    if (path.length >= MAX_DEPTH) return `${pathText(path)} is nested more than ${MAX_DEPTH} levels deep (is there a cycle?)`;
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
    if (prototype !== Object.prototype && prototype !== null) return `${pathText(path)} is ${describe(node)}`;
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
