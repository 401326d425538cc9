import { didYouMean } from '../../lib/closest.js';
import { evidenceIn } from '../evidence-in.js';
import { referencesOf } from '../references.js';
import { type Finding, forEachRecord, type Rule } from '../rule.js';

/** Every reference (and every evidence source) names an existing record. */
export const referencesResolve: Rule = {
  name: 'references-resolve',
  description: 'Every id a record refers to, including the source of every evidence quote, names an existing record.',
  check(dataset, context, index) {
    const findings: Finding[] = [];
    forEachRecord(dataset, (collection, record) => {
      const references = [
        ...referencesOf(collection, record),
        ...evidenceIn(record).map(({ path, evidence }) => ({ path: [...path, 'source'], target: 'sources' as const, id: evidence.source })),
      ];
      for (const reference of references) {
        const targets = index[reference.target];
        if (targets.has(reference.id) || context.unparsedIds?.[reference.target]?.has(reference.id)) continue;
        findings.push({ collection, id: record.id, path: reference.path, message: `no ${reference.target} record has id "${reference.id}"${didYouMean(reference.id, targets.keys())}` });
      }
    });
    return findings;
  },
};
