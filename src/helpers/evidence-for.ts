import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import { evidenceIn } from '../dataset/evidence-in.js';
import { formatPath } from '../dataset/problem.js';
import type { DeepReadonly } from '../lib/deep-freeze.js';
import type { Evidence } from '../schemas/evidence.js';
import { datasetArgument } from './internal/dataset-argument.js';
import { optionsArgument } from './internal/options-argument.js';
import { type RecordReference, resolveRecordArgument } from './internal/record-argument.js';
import { getIn } from './internal/record-index.js';

/**
 * One piece of evidence of a record: the field it backs, the quote and its offsets, and the
 * source it comes from.
 *
 * @example
 * ```ts
 * import { evidenceFor, type EvidenceItem } from 'mnd-mps-coordination';
 * const items: EvidenceItem[] = evidenceFor('decree-03-2019-nd-cp');
 * console.log(items.map((item) => `${item.field}: "${item.evidence.quote}" (${item.source.publisher?.name})`));
 * ```
 * @category Provenance
 */
export interface EvidenceItem {
  /** The record the evidence belongs to. */
  readonly record: { readonly collection: string; readonly id: string };
  /** The field the evidence backs, as a path: "issued.evidence[0]", "ranks[1].evidence[0]". */
  readonly field: string;
  readonly evidence: DeepReadonly<Evidence>;
  /** The source article: title, publisher, address, date. */
  readonly source: RecordOf<'sources'>;
}

/**
 * Every piece of evidence a record carries, wherever it is in the record (dates, claims, sites,
 * quantities...), each with the metadata of its source, in record order. Name the record by the
 * record itself, its id, or `{ collection, id }` (needed only when two collections share an id).
 *
 * @example
 * ```ts
 * import { evidenceFor } from 'mnd-mps-coordination';
 * for (const item of evidenceFor({ collection: 'metrics', id: 'annual-review-2022-links-removed' })) {
 *   console.log(`"${item.evidence.quote}"`, item.source.url, `characters ${item.evidence.start}-${item.evidence.end}`);
 * }
 * ```
 * @category Provenance
 */
export function evidenceFor(
  record: RecordReference,
  options?: { readonly dataset?: Dataset },
): EvidenceItem[] {
  const dataset = datasetArgument(optionsArgument(options).dataset);
  const resolved = resolveRecordArgument(dataset, record);
  return evidenceIn(resolved.record).map(({ path, evidence }) => ({
    record: { collection: resolved.collection, id: resolved.record.id },
    field: formatPath(path),
    evidence,
    source: getIn(dataset, 'sources', evidence.source),
  }));
}
