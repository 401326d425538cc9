import { closestMatches } from '../lib/closest.js';
import type { FieldPath, Problem } from '../dataset/problem.js';
import type { CollectionName } from '../schemas/conflict.js';
import { type AuthoredFile, lineOf } from './read-data-folder.js';

/** A field the build fills in; authored files must not contain it. */
export interface DerivedField {
  readonly collection: CollectionName;
  readonly id: string;
  readonly path: FieldPath;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => value !== null && typeof value === 'object' && !Array.isArray(value);
const idOf = (file: AuthoredFile) => (isPlain(file.value) && typeof file.value.id === 'string' ? file.value.id : file.fileId);

/**
 * Fills in the fields derived from other records, on the raw YAML values:
 * - each rank and position claim's `asOf`: a copy of its meeting's `date`;
 * - each meeting's `metrics`: the ids of the metrics whose `meeting` is it, sorted;
 * - each source's `reports`: the ids of the meetings that list it in `sources`, sorted.
 * Reports a derived field that is authored, and returns every derived path so that schema
 * messages about copies are not repeated against the record they were copied into.
 */
export function deriveFields(files: readonly AuthoredFile[]): { problems: Problem[]; derived: DerivedField[] } {
  const problems: Problem[] = [];
  const derived: DerivedField[] = [];
  const inCollection = (collection: CollectionName) => files.filter((file) => file.collection === collection && isPlain(file.value));
  const meetings = new Map(inCollection('meetings').map((file) => [idOf(file), file.value as Plain]));

  const fill = (file: AuthoredFile, target: Plain, path: FieldPath, key: string, value: unknown) => {
    const fieldPath = [...path, key];
    derived.push({ collection: file.collection, id: idOf(file), path: fieldPath });
    if (key in target) {
      problems.push({ rule: 'derived-field', collection: file.collection, id: idOf(file), path: fieldPath, file: file.file, line: lineOf(file, fieldPath), message: `${key} is filled in by the build; remove it from the file` });
      return;
    }
    if (value !== undefined) target[key] = value;
  };

  for (const file of inCollection('people')) {
    const person = file.value as Plain;
    for (const field of ['ranks', 'positions']) {
      const claims = person[field];
      if (!Array.isArray(claims)) continue;
      claims.forEach((claim: unknown, index) => {
        if (!isPlain(claim)) return;
        const meeting = typeof claim.meeting === 'string' ? meetings.get(claim.meeting) : undefined;
        if (typeof claim.meeting === 'string' && !meeting) {
          const suggestions = closestMatches(claim.meeting, meetings.keys());
          const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}?` : '';
          problems.push({ rule: 'references-resolve', collection: 'people', id: idOf(file), path: [field, index, 'meeting'], file: file.file, line: lineOf(file, [field, index, 'meeting']), message: `no meetings record has id "${claim.meeting}"${hint} (the claim's asOf is its meeting's date)` });
        }
        fill(file, claim, [field, index], 'asOf', meeting?.date === undefined ? undefined : structuredClone(meeting.date));
      });
    }
  }
  const metrics = inCollection('metrics').map((file) => file.value as Plain);
  for (const file of inCollection('meetings')) {
    const id = idOf(file);
    const ids = metrics.filter((metric) => metric.meeting === id && typeof metric.id === 'string').map((metric) => metric.id as string);
    fill(file, file.value as Plain, [], 'metrics', ids.sort());
  }
  for (const file of inCollection('sources')) {
    const id = idOf(file);
    const reports = [...meetings].filter(([, meeting]) => Array.isArray(meeting.sources) && meeting.sources.includes(id)).map(([meetingId]) => meetingId);
    fill(file, file.value as Plain, [], 'reports', reports.sort());
  }
  return { problems, derived };
}
