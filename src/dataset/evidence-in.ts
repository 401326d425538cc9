import type { Evidence } from '../schemas/evidence.js';
import type { FieldPath } from './problem.js';

/** A piece of evidence found inside a record, with its path. */
export interface LocatedEvidence {
  readonly path: FieldPath;
  readonly evidence: Evidence;
}

function isEvidence(value: object): value is Evidence {
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.source === 'string' &&
    typeof candidate.quote === 'string' &&
    typeof candidate.start === 'number' &&
    typeof candidate.end === 'number'
  );
}

/** Every evidence object anywhere inside `value` (a record or a part of one), in document order. */
export function evidenceIn(value: unknown, path: FieldPath = []): LocatedEvidence[] {
  const found: LocatedEvidence[] = [];
  forEachEvidence(value, (evidence, at) => found.push({ path: [...path, ...at], evidence }));
  return found;
}

/**
 * Calls `visit` with every evidence object inside a value and the path to it. The path is one
 * array that the walk reuses: copy it to keep it. Rules walk every record with this, so it
 * allocates nothing for the parts it passes through.
 */
export function forEachEvidence(
  value: unknown,
  visit: (evidence: Evidence, path: readonly (string | number)[]) => void,
): void {
  const stack: (string | number)[] = [];
  // Only objects are walked into: most fields are strings and numbers, and skipping them here
  // saves a call for each.
  const walk = (node: object) => {
    if (isEvidence(node)) {
      visit(node, stack);
      return;
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        const child: unknown = node[index];
        if (child === null || typeof child !== 'object') continue;
        stack.push(index);
        walk(child);
        stack.pop();
      }
      return;
    }
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      stack.push(key);
      walk(child);
      stack.pop();
    }
  };
  if (value !== null && typeof value === 'object') walk(value);
}
