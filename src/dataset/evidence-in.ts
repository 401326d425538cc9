import type { Evidence } from '../schemas/evidence.js';
import type { FieldPath } from './problem.js';

/** A piece of evidence found inside a record, with its path. */
export interface LocatedEvidence {
  readonly path: FieldPath;
  readonly evidence: Evidence;
}

function isEvidence(value: object): value is Evidence {
  const candidate = value as Record<string, unknown>;
  return typeof candidate.source === 'string' && typeof candidate.quote === 'string' && typeof candidate.start === 'number' && typeof candidate.end === 'number';
}

/** Every evidence object anywhere inside `value` (a record or a part of one), in document order. */
export function evidenceIn(value: unknown, path: FieldPath = []): LocatedEvidence[] {
  if (value === null || typeof value !== 'object') return [];
  if (isEvidence(value)) return [{ path, evidence: value }];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => evidenceIn(child, [...path, key]));
}
