import { didYouMean } from '../lib/closest.js';
import { idsByKey } from '../lib/ids-by-key.js';
import type { CollectionName } from '../schemas/conflict.js';
import type { FieldPath, Problem } from './problem.js';

/** Raw records by collection, before validation: anything may be missing or mistyped. */
export type RawCollections = { [C in CollectionName]?: unknown[] };

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const idOf = (record: Plain, position: number) =>
  typeof record.id === 'string' ? record.id : `#${position}`;

/** A field the build fills in. */
export interface DerivedField {
  readonly collection: CollectionName;
  readonly id: string;
  readonly path: FieldPath;
}

/**
 * Fills in the fields derived from other records, in place, on raw (unvalidated) records:
 * - each rank and position claim's `asOf`: a copy of its meeting's `date`;
 * - each meeting's `metrics`: the ids of the metrics whose `meeting` is it, sorted;
 * - each source's `reports`: the ids of the meetings that list it in `sources`, sorted.
 *
 * With `overwrite: false` (authored files) a derived field that is already present is reported
 * and left alone; with `overwrite: true` (`createDataset`) it is recomputed. Claims whose meeting
 * does not exist are reported. Returns the problems and every derived path, so that schema
 * messages about a derived copy are not repeated against the record it was copied into.
 */
export function fillDerivedFields(
  collections: RawCollections,
  options: { overwrite: boolean },
): { problems: Problem[]; derived: DerivedField[] } {
  const problems: Problem[] = [];
  const derived: DerivedField[] = [];
  const plainIn = (collection: CollectionName) =>
    (collections[collection] ?? []).flatMap((record, position) =>
      isPlain(record) ? [{ record, id: idOf(record, position) }] : [],
    );
  const meetings = new Map(plainIn('meetings').map(({ record, id }) => [id, record]));

  const fill = (
    collection: CollectionName,
    id: string,
    target: Plain,
    path: FieldPath,
    key: string,
    value: unknown,
  ) => {
    const fieldPath = [...path, key];
    derived.push({ collection, id, path: fieldPath });
    if (key in target && !options.overwrite) {
      problems.push({
        rule: 'derived-field',
        collection,
        id,
        path: fieldPath,
        message: `${key} is filled in by the build; remove it from the file`,
      });
      return;
    }
    if (value === undefined) delete target[key];
    else target[key] = value;
  };

  for (const { record, id } of plainIn('people')) {
    for (const field of ['ranks', 'positions']) {
      const claims = record[field];
      if (!Array.isArray(claims)) continue;
      claims.forEach((claim: unknown, index) => {
        if (!isPlain(claim)) return;
        const meeting = typeof claim.meeting === 'string' ? meetings.get(claim.meeting) : undefined;
        if (typeof claim.meeting === 'string' && !meeting) {
          problems.push({
            rule: 'references-resolve',
            collection: 'people',
            id,
            path: [field, index, 'meeting'],
            message: `no meetings record has id "${claim.meeting}"${didYouMean(claim.meeting, meetings.keys())} (the claim's asOf is its meeting's date)`,
          });
        }
        fill('people', id, claim, [field, index], 'asOf', meeting?.date);
      });
    }
  }
  const stringId = (record: Plain) => (typeof record.id === 'string' ? record.id : undefined);
  const metricsByMeeting = idsByKey(
    plainIn('metrics').map(({ record }) => record),
    stringId,
    (metric) => (typeof metric.meeting === 'string' ? [metric.meeting] : []),
  );
  for (const { record, id } of plainIn('meetings'))
    fill('meetings', id, record, [], 'metrics', metricsByMeeting.get(id) ?? []);
  const meetingsBySource = idsByKey(
    plainIn('meetings').map(({ record }) => record),
    stringId,
    (meeting) =>
      Array.isArray(meeting.sources)
        ? meeting.sources.filter((source): source is string => typeof source === 'string')
        : [],
  );
  for (const { record, id } of plainIn('sources'))
    fill('sources', id, record, [], 'reports', meetingsBySource.get(id) ?? []);
  return { problems, derived };
}

/**
 * The collections with the records that {@link fillDerivedFields} writes to (people and their
 * claims, meetings, sources) replaced by shallow copies, so that filling leaves the originals alone.
 */
export function withDerivedTargetsCopied(collections: RawCollections): RawCollections {
  const copyOf = (record: unknown) => (isPlain(record) ? { ...record } : record);
  const personCopy = (record: unknown) => {
    if (!isPlain(record)) return record;
    const copy: Plain = { ...record };
    for (const field of ['ranks', 'positions']) {
      const claims = record[field];
      if (Array.isArray(claims)) copy[field] = claims.map(copyOf);
    }
    return copy;
  };
  return {
    ...collections,
    ...(collections.people && { people: collections.people.map(personCopy) }),
    ...(collections.meetings && { meetings: collections.meetings.map(copyOf) }),
    ...(collections.sources && { sources: collections.sources.map(copyOf) }),
  };
}

/** Whether `path` in a record of `collection` lies inside one of the derived fields. */
export function isDerivedPath(
  derived: readonly DerivedField[],
  collection: CollectionName,
  id: string,
  path: FieldPath,
): boolean {
  return derived.some(
    (field) =>
      field.collection === collection &&
      field.id === id &&
      field.path.every((key, index) => path[index] === key),
  );
}
