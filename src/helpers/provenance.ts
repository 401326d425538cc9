import { type Ids, LOOKUP_COLLECTIONS, type LookupCollection } from '../core/collections.js';
import { forEachEvidence } from '../core/evidence.js';
import { formatPath } from '../core/problem.js';
import { getIn, resolveRecord } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Conflict, Evidence, Source } from '../schemas/collections.js';
import { type DatasetOption, helperOptions, type QuotedOption, quotedOnlyIn } from './common.js';

/**
 * A way to name a record: the record itself, its id (when no other collection uses it), or its
 * collection and id.
 *
 * @example
 * ```ts
 * import { evidenceFor, getPerson, type RecordReference } from 'mnd-mps-coordination';
 * const refs: RecordReference[] = ['decree-77', { collection: 'people', id: 'tran-quoc-to' }, getPerson('luong-tam-quang')];
 * refs.map((ref) => evidenceFor(ref).length);
 * ```
 * @category Provenance
 */
export type RecordReference =
  string | { readonly collection: LookupCollection; readonly id: string } | { readonly id: string };

/**
 * One piece of evidence of a record: the field it backs, the evidence (a quote of a bundled text,
 * or a cited place on a page) and its source.
 *
 * @example
 * ```ts
 * import { evidenceFor, type EvidenceItem } from 'mnd-mps-coordination';
 * const items: EvidenceItem[] = evidenceFor('decree-03-2019-nd-cp');
 * console.log(items.map((item) => `${item.field}: ${item.evidence.kind} (${item.source.publisher?.name})`));
 * ```
 * @category Provenance
 */
export interface EvidenceItem<I extends Ids = BundledIds> {
  /** The record the evidence belongs to. */
  readonly record: { readonly collection: LookupCollection; readonly id: string };
  /** The field the evidence backs, as a path: "issued.evidence[0]", "ranks[1].evidence[0]". */
  readonly field: string;
  readonly evidence: Evidence<I>;
  /** The source: title, publisher, address, date, and whether it is bundled or cited. */
  readonly source: Source<I>;
}

/**
 * Every piece of evidence a record carries, wherever it is in the record (dates, claims, sites,
 * quantities...), each with its source, in record order. Name the record by the record itself,
 * its id, or `{ collection, id }` (needed only when two collections share an id).
 *
 * @example
 * ```ts
 * import { evidenceFor } from 'mnd-mps-coordination';
 * for (const item of evidenceFor({ collection: 'metrics', id: 'annual-review-2022-links-removed' })) {
 *   if (item.evidence.kind === 'quote') console.log(`"${item.evidence.quote}"`, item.source.url, item.evidence.start);
 * }
 * ```
 * @category Provenance
 */
export function evidenceFor<I extends Ids = BundledIds>(
  record: RecordReference,
  options?: DatasetOption<I> & QuotedOption,
): EvidenceItem<I>[] {
  const given = helperOptions(options, ['quotedOnly']);
  const { dataset } = given;
  const quotedOnly = quotedOnlyIn(given.quotedOnly);
  const { collection, record: found } = resolveRecord(dataset, record);
  const items: EvidenceItem<I>[] = [];
  forEachEvidence(found, (evidence, path) => {
    if (quotedOnly && evidence.kind !== 'quote') return;
    items.push({
      record: { collection, id: found.id },
      field: formatPath(path),
      evidence: evidence as Evidence<I>,
      source: getIn(dataset, 'sources', evidence.source),
    });
  });
  return items;
}

/**
 * The recorded disagreements about a record (between sources or inside one), each with every
 * claim and its evidence; an empty list when there is none. Name the record as for
 * {@link evidenceFor}.
 *
 * @example
 * ```ts
 * import { conflictsFor } from 'mnd-mps-coordination';
 * for (const conflict of conflictsFor('nguyen-tan-cuong')) {
 *   console.log(conflict.kind, conflict.field, conflict.claims.map((claim) => claim.value).join(' vs '));
 * }
 * ```
 * @category Provenance
 */
export function conflictsFor<I extends Ids = BundledIds>(
  record: RecordReference,
  options?: DatasetOption<I>,
): Conflict<I>[] {
  const { dataset } = helperOptions(options);
  const { collection, record: found } = resolveRecord(dataset, record);
  return dataset.conflicts.filter(
    (conflict) => conflict.record.collection === collection && conflict.record.id === found.id,
  );
}

/** The records an `inferredFacts` or `citedOnlyFacts` call is about: the one named, or every record. */
function recordsOf<I extends Ids>(options: DatasetOption<I> | undefined) {
  const given = helperOptions(options, ['record']);
  return given.record === undefined
    ? LOOKUP_COLLECTIONS.flatMap((collection) =>
        given.dataset[collection].map((record) => ({ collection, record })),
      )
    : [resolveRecord(given.dataset, given.record as RecordReference)];
}

/**
 * One fact the curator inferred rather than read, with the reasoning.
 *
 * @example
 * ```ts
 * import { inferredFacts, type InferredFact } from 'mnd-mps-coordination';
 * const facts: InferredFact[] = inferredFacts();
 * ```
 * @category Provenance
 */
export interface InferredFact {
  readonly collection: LookupCollection;
  readonly id: string;
  /** The field inferred, as a path: "date", "scope.level", "sites[0].kind". */
  readonly field: string;
  readonly note: string;
}

/**
 * Every inferred fact of a dataset (or of one record): the record, the field and the reasoning.
 * Inference is marked one way, in each record's `inferences`, so this is the whole list.
 *
 * @example
 * ```ts
 * import { inferredFacts } from 'mnd-mps-coordination';
 * for (const fact of inferredFacts({ record: 'annual-review-2022' })) console.log(fact.field, '-', fact.note);
 * ```
 * @category Provenance
 */
export function inferredFacts<I extends Ids = BundledIds>(
  options?: { readonly record?: RecordReference } & DatasetOption<I>,
): InferredFact[] {
  return recordsOf(options).flatMap(({ collection, record }) =>
    'inferences' in record
      ? record.inferences.map(({ field, note }) => ({ collection, id: record.id, field, note }))
      : [],
  );
}

/**
 * A fact that rests on cited pages alone: a list of evidence with no quote of a bundled text.
 *
 * @example
 * ```ts
 * import { citedOnlyFacts, type CitedOnlyFact } from 'mnd-mps-coordination';
 * const facts: CitedOnlyFact[] = citedOnlyFacts({ record: 'nguyen-tan-cuong' });
 * console.log(facts.map((fact) => fact.field));
 * ```
 * @category Provenance
 */
export interface CitedOnlyFact {
  readonly collection: LookupCollection;
  readonly id: string;
  /** The path of the evidence list: "evidence", "ranks[3].evidence", "issued.evidence", "mentions". */
  readonly field: string;
  /** The cited pages it rests on. */
  readonly sources: readonly string[];
}

/**
 * Every fact of the dataset (or of one record) that rests on cited pages alone: each list of
 * evidence that holds no quote of a bundled text. A user who wants only quote-verified facts
 * passes `quotedOnly: true` to the helpers; this lists what that leaves out.
 *
 * @example
 * ```ts
 * import { citedOnlyFacts } from 'mnd-mps-coordination';
 * for (const fact of citedOnlyFacts({ record: { collection: 'meetings', id: 'annual-review-2019' } }))
 *   console.log(fact.field, fact.sources.join(', '));
 * ```
 * @category Provenance
 */
export function citedOnlyFacts<I extends Ids = BundledIds>(
  options?: { readonly record?: RecordReference } & DatasetOption<I>,
): CitedOnlyFact[] {
  return recordsOf(options).flatMap(({ collection, record }) => {
    const lists = new Map<string, { quoted: boolean; sources: Set<string> }>();
    forEachEvidence(record, (evidence, path) => {
      // The field is the path without the evidence's index; a list's items share it.
      const field = formatPath(path.slice(0, -1));
      let list = lists.get(field);
      if (!list) lists.set(field, (list = { quoted: false, sources: new Set<string>() }));
      list.quoted ||= evidence.kind === 'quote';
      list.sources.add(evidence.source);
    });
    return [...lists]
      .filter(([, list]) => !list.quoted)
      .map(([field, list]) => ({ collection, id: record.id, field, sources: [...list.sources] }));
  });
}
