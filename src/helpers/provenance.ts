import { type Ids, LOOKUP_COLLECTIONS, type LookupCollection } from '../core/collections.js';
import { forEachEvidence } from '../core/evidence.js';
import { deepFreeze } from '../core/freeze.js';
import { getOrMake, groupBy } from '../core/group.js';
import { oneOf } from '../core/options.js';
import { InvalidArgumentError } from '../core/errors.js';
import { formatPath } from '../core/problem.js';
import type { Dataset } from '../dataset.js';
import type { BundledIds } from '../generated/ids.js';
import type { Conflict, Evidence, RecordTypes, Source } from '../schemas/collections.js';
import {
  type DatasetOption,
  frozenGroups,
  helperOptions,
  NONE,
  type QuotedOption,
  quotedOnlyIn,
} from './common.js';

/**
 * One piece of evidence of a record: the field it backs, the evidence (a quote of a bundled text,
 * or a cited place on a page) and its source.
 *
 * @example
 * ```ts
 * import { evidenceFor, type EvidenceItem } from 'mnd-mps-coordination';
 * const items: EvidenceItem[] = evidenceFor('documents', 'decree-03-2019-nd-cp');
 * console.log(items.map((item) => `${item.field}: ${item.evidence.kind} (${item.source.publisher?.name})`));
 * ```
 * @category Provenance
 */
export interface EvidenceItem<I extends Ids = BundledIds> {
  /** The field the evidence backs, as a path: "issued.evidence[0]", "ranks[1].evidence[0]". */
  readonly field: string;
  readonly evidence: Evidence<I>;
  /** The source: title, publisher, address, date, and whether it is bundled or cited. */
  readonly source: Source<I>;
}

/**
 * Every piece of evidence a record carries, wherever it is in the record (dates, claims, sites,
 * quantities...), each with its source, in record order.
 *
 * @throws {@link UnknownIdError} when the collection has no record with the id, and
 * {@link InvalidArgumentError} for a collection that is not one.
 * @example
 * ```ts
 * import { evidenceFor } from 'mnd-mps-coordination';
 * for (const item of evidenceFor('metrics', 'annual-review-2022-links-removed')) {
 *   if (item.evidence.kind === 'quote') console.log(`"${item.evidence.quote}"`, item.source.url, item.evidence.start);
 * }
 * ```
 * @category Provenance
 */
export function evidenceFor<C extends LookupCollection, I extends Ids = BundledIds>(
  collection: C,
  id: I[C],
  options?: DatasetOption<I> & QuotedOption,
): EvidenceItem<I>[] {
  const given = helperOptions(options, ['quotedOnly']);
  const { dataset } = given;
  const quotedOnly = quotedOnlyIn(given.quotedOnly);
  const record = dataset.get(oneOf(collection, LOOKUP_COLLECTIONS, 'collection'), id);
  const items: EvidenceItem<I>[] = [];
  forEachEvidence(record, (evidence, path) => {
    if (quotedOnly && evidence.kind !== 'quote') return;
    const source = dataset.get('sources', evidence.source);
    items.push({ field: formatPath(path), evidence: evidence as Evidence<I>, source });
  });
  return items;
}

const CONFLICTS = Symbol('conflicts by record');

/**
 * The recorded disagreements about a record (between sources or inside one), each with every
 * claim and its evidence; an empty list when there is none.
 *
 * @throws {@link UnknownIdError} when the collection has no record with the id, and
 * {@link InvalidArgumentError} for a collection that is not one.
 * @example
 * ```ts
 * import { conflictsFor } from 'mnd-mps-coordination';
 * for (const conflict of conflictsFor('people', 'nguyen-tan-cuong')) {
 *   console.log(conflict.kind, conflict.field, conflict.claims.map((claim) => claim.value).join(' vs '));
 * }
 * ```
 * @category Provenance
 */
export function conflictsFor<C extends LookupCollection, I extends Ids = BundledIds>(
  collection: C,
  id: I[C],
  options?: DatasetOption<I>,
): Conflict<I>[] {
  const { dataset } = helperOptions(options);
  const record = dataset.get(oneOf(collection, LOOKUP_COLLECTIONS, 'collection'), id);
  const byRecord = dataset.built(CONFLICTS, (all) =>
    groupBy(all.conflicts, (conflict) => `${conflict.record.collection}/${conflict.record.id}`),
  );
  return [...(byRecord.get(`${collection}/${record.id}`) ?? [])];
}

/**
 * Which records an `inferredFacts` or `citedOnlyFacts` call is about: every record (the
 * default), those of one collection, or one record.
 *
 * @example
 * ```ts
 * import { inferredFacts, type RecordSelection } from 'mnd-mps-coordination';
 * const selection: RecordSelection = { collection: 'meetings', id: 'annual-review-2022' };
 * inferredFacts(selection);
 * ```
 * @category Provenance
 */
export interface RecordSelection {
  readonly collection?: LookupCollection;
  /** One record of `collection` (which it needs). */
  readonly id?: string;
}

type AnyRecord = RecordTypes<Ids>[LookupCollection];

/**
 * The facts of the records an options object selects (see {@link RecordSelection}): of one
 * record, worked out from it; of more, read from every fact of the dataset, listed once.
 */
function selected<F extends { readonly collection: LookupCollection }, I extends Ids>(
  options: (RecordSelection & DatasetOption<I>) | undefined,
  key: symbol,
  factsOf: (collection: LookupCollection, record: AnyRecord) => F[],
): readonly F[] {
  const given = helperOptions(options, ['collection', 'id']);
  const dataset = given.dataset as Dataset<Ids>;
  const collection =
    given.collection === undefined
      ? undefined
      : oneOf(given.collection, LOOKUP_COLLECTIONS, 'collection');
  if (given.id !== undefined) {
    if (collection === undefined)
      throw new InvalidArgumentError('id', 'an id needs its collection: give both');
    return factsOf(collection, dataset.get(collection, given.id));
  }
  const every = dataset.built(key, (all) => {
    const facts = deepFreeze(
      LOOKUP_COLLECTIONS.flatMap((name) =>
        (all[name] as readonly AnyRecord[]).flatMap((record) => factsOf(name, record)),
      ),
    );
    return { facts, byCollection: frozenGroups(facts, (fact) => fact.collection) };
  });
  return collection === undefined ? every.facts : (every.byCollection.get(collection) ?? NONE);
}

/**
 * One fact the curator inferred rather than read, with the reasoning.
 *
 * @example
 * ```ts
 * import { inferredFacts, type InferredFact } from 'mnd-mps-coordination';
 * const facts: readonly InferredFact[] = inferredFacts();
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

const INFERRED = Symbol('inferred facts');

/**
 * Every inferred fact of a dataset (or of the records selected): the record, the field and the
 * reasoning. Inference is marked one way, in each record's `inferences`, so this is the whole
 * list.
 *
 * @throws {@link InvalidArgumentError} for a collection that is not one or an id without its
 * collection, and {@link UnknownIdError} for an unknown record.
 * @example
 * ```ts
 * import { inferredFacts } from 'mnd-mps-coordination';
 * for (const fact of inferredFacts({ collection: 'meetings', id: 'annual-review-2022' })) console.log(fact.field, '-', fact.note);
 * ```
 * @category Provenance
 */
export function inferredFacts<I extends Ids = BundledIds>(
  options?: RecordSelection & DatasetOption<I>,
): readonly InferredFact[] {
  return selected(options, INFERRED, (collection, record) =>
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
 * const facts: readonly CitedOnlyFact[] = citedOnlyFacts({ collection: 'people', id: 'nguyen-tan-cuong' });
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

const CITED_ONLY = Symbol('cited-only facts');

/**
 * Every fact of the dataset (or of the records selected) that rests on cited pages alone: each
 * list of evidence that holds no quote of a bundled text. A user who wants only quote-verified
 * facts passes `quotedOnly: true` to the helpers; this lists what that leaves out.
 *
 * @throws {@link InvalidArgumentError} for a collection that is not one or an id without its
 * collection, and {@link UnknownIdError} for an unknown record.
 * @example
 * ```ts
 * import { citedOnlyFacts } from 'mnd-mps-coordination';
 * for (const fact of citedOnlyFacts({ collection: 'meetings', id: 'annual-review-2019' }))
 *   console.log(fact.field, fact.sources.join(', '));
 * ```
 * @category Provenance
 */
export function citedOnlyFacts<I extends Ids = BundledIds>(
  options?: RecordSelection & DatasetOption<I>,
): readonly CitedOnlyFact[] {
  return selected(options, CITED_ONLY, (collection, record) => {
    const lists = new Map<string, { quoted: boolean; sources: Set<string> }>();
    forEachEvidence(record, (evidence, path) => {
      // The field is the path without the evidence's index; a list's items share it.
      const field = formatPath(path.slice(0, -1));
      const list = getOrMake(lists, field, () => ({ quoted: false, sources: new Set<string>() }));
      list.quoted ||= evidence.kind === 'quote';
      list.sources.add(evidence.source);
    });
    return [...lists]
      .filter(([, list]) => !list.quoted)
      .map(([field, list]) => ({ collection, id: record.id, field, sources: [...list.sources] }));
  });
}
