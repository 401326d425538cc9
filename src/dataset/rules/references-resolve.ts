import { didYouMean } from '../../lib/closest.js';
import type { CollectionName } from '../../schemas/conflict.js';
import { forEachEvidence } from '../evidence-in.js';
import type { FieldPath } from '../problem.js';
import { referencesOf } from '../references.js';
import { type Finding, forEachRecord, type Rule } from '../rule.js';

/** Every reference (and every evidence source) names an existing record. */
export const referencesResolve: Rule = {
  name: 'references-resolve',
  description:
    'Every id a record refers to, including the source of every evidence quote, names an existing record.',
  check(dataset, context, index) {
    const findings: Finding[] = [];
    const resolves = (target: CollectionName, id: string) =>
      index[target].has(id) || context.unparsedIds?.[target]?.has(id) === true;
    const unresolved = (
      collection: CollectionName,
      record: { readonly id: string },
      path: FieldPath,
      target: CollectionName,
      id: string,
    ) =>
      findings.push({
        collection,
        id: record.id,
        path,
        message: `no ${target} record has id "${id}"${didYouMean(id, index[target].keys())}`,
      });
    forEachRecord(dataset, (collection, record) => {
      for (const reference of referencesOf(collection, record)) {
        if (!resolves(reference.target, reference.id))
          unresolved(collection, record, reference.path, reference.target, reference.id);
      }
      forEachEvidence(record, (evidence, path) => {
        if (!resolves('sources', evidence.source))
          unresolved(collection, record, [...path, 'source'], 'sources', evidence.source);
      });
    });
    return findings;
  },
};
