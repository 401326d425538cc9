import type { FieldPath } from './problem.js';

/** How deep a walk over a value goes: records nest a few levels, so deeper is a cycle or not a record. */
export const MAX_DEPTH = 64;

/** A piece of evidence as found in a value: parsed (with its `kind`) or as authored. */
export interface EvidenceLike {
  readonly source: string;
  readonly kind?: 'quote' | 'cited';
  readonly quote?: string;
  readonly start?: number;
  readonly end?: number;
  readonly locator?: string;
  readonly note?: string;
}

const isEvidence = (value: object): value is EvidenceLike => {
  const { source, quote, locator } = value as Record<string, unknown>;
  return typeof source === 'string' && (typeof quote === 'string' || typeof locator === 'string');
};

/**
 * Calls `visit` with every piece of evidence inside a value (a record or part of one) and its
 * path, in document order: any object with a `source` and a `quote` or a `locator`, except inside
 * the objects in `skip`, and no deeper than 64 levels (so a value that holds itself ends the walk).
 * The path is one array the walk reuses: copy it to keep it. Linear in the size of the value.
 */
export function forEachEvidence(
  value: unknown,
  visit: (evidence: EvidenceLike, path: FieldPath) => void,
  skip?: ReadonlySet<object>,
): void {
  const path: (string | number)[] = [];
  const step = (key: string | number, child: unknown) => {
    if (child === null || typeof child !== 'object' || skip?.has(child)) return;
    // Records nest a few levels: deeper is a cycle (a YAML alias to itself) or not a record.
    if (path.length >= MAX_DEPTH) return;
    path.push(key);
    walk(child);
    path.pop();
  };
  const walk = (node: object) => {
    if (!Array.isArray(node) && isEvidence(node)) return visit(node, path);
    forEachChild(node, step);
  };
  if (value !== null && typeof value === 'object') walk(value);
}

/**
 * Calls `step` with each item of a list and its index, or each own key of an object and its
 * value: the one step of the walks over records (evidence, dates, texts). It allocates no list of
 * keys (a record is a plain object, or its own copy of one): these walks run over every record.
 */
export function forEachChild(
  node: object,
  step: (key: string | number, child: unknown) => void,
): void {
  if (Array.isArray(node))
    for (let index = 0; index < node.length; index += 1) step(index, node[index]);
  else
    for (const key in node)
      if (Object.hasOwn(node, key)) step(key, (node as Record<string, unknown>)[key]);
}

/** Whether a list of evidence holds a quote of a bundled text (checked at its offsets), not only cited pages. */
export const isQuoted = (evidence: readonly { readonly kind?: string }[]): boolean =>
  evidence.some((item) => item.kind === 'quote');
