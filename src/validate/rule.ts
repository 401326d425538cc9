import type { CollectionName, Ids } from '../core/collections.js';
import type { CodePointText } from '../core/code-points.js';
import { forEachChild } from '../core/evidence.js';
import type { FieldPath } from '../core/problem.js';
import type { DatasetRecords } from '../dataset.js';
import type { Evidence, RecordTypes } from '../schemas/collections.js';

/** An input record as given, parsed or not, with its collection and id (or `#position`). */
export interface RawRecord {
  readonly collection: CollectionName;
  readonly id: string;
  readonly value: unknown;
}

/** What a rule may use besides the published records. */
export interface RuleContext {
  /** The texts of the sources, indexed by code point; quotes of sources without one are not checked. */
  readonly texts: ReadonlyMap<string, CodePointText>;
  /** Published records by id, per collection (the first wins when ids repeat). */
  readonly byId: { readonly [C in CollectionName]: ReadonlyMap<string, RecordTypes<Ids>[C]> };
  /** Every input record, parsed or not: rules that need no parsed shape check them all. */
  readonly raw: readonly RawRecord[];
  /** The ids every input record gives, parsed or not, by collection: a record that failed its schema still exists. */
  readonly ids: { readonly [C in CollectionName]: ReadonlySet<string> };
  /**
   * The values the build copied into a record from another (a claim's `asOf` is its meeting's
   * date): checks of what authors wrote skip them, so that a fault is reported once, where it is.
   */
  readonly copied: ReadonlySet<object>;
}

/** How a rule reports one thing wrong: the record (collection and id), the field and what is wrong. */
export type Report = (
  collection: CollectionName,
  id: string,
  path: FieldPath,
  message: string,
) => void;

/**
 * A whole-dataset check: one invariant, named (the name is its file's), with its own test. It
 * sees the records as published: the fields the build derives are there.
 */
export interface Rule {
  readonly name: string;
  check(records: DatasetRecords<Ids>, context: RuleContext, report: Report): void;
}

/** Calls `visit` with every published record of every collection. */
export function forEachRecord(
  records: DatasetRecords<Ids>,
  visit: <C extends CollectionName>(collection: C, record: RecordTypes<Ids>[C]) => void,
): void {
  for (const collection of Object.keys(records) as CollectionName[])
    for (const record of records[collection])
      visit(collection, record as RecordTypes<Ids>[typeof collection]);
}

/** A date or period as the rules see it: its day bounds (null for an open end) and evidence. */
export interface DateLike {
  readonly edtf: string;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly evidence: readonly Evidence<Ids>[];
}

/**
 * Calls `visit` with every date or period inside a value (any object with an `edtf`) and its
 * path, except the values the build copied in (`copied`). The path is one array the walk reuses:
 * copy it to keep it.
 */
export function forEachDate(
  value: unknown,
  path: (string | number)[],
  visit: (date: DateLike, path: (string | number)[]) => void,
  copied: ReadonlySet<object>,
): void {
  if (value === null || typeof value !== 'object' || copied.has(value)) return;
  if (typeof (value as { edtf?: unknown }).edtf === 'string') return visit(value as DateLike, path);
  const step = (key: string | number, child: unknown) => {
    if (child === null || typeof child !== 'object') return;
    path.push(key);
    forEachDate(child, path, visit, copied);
    path.pop();
  };
  forEachChild(value, step);
}
