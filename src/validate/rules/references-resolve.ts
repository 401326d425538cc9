import { closestMatches, shown } from '../../core/text.js';
import { forEachReference } from '../references.js';
import type { Rule } from '../rule.js';

/** How many unresolved references get suggestions: each compares its id with every id of a collection. */
const SUGGESTED = 50;

/**
 * Every id a record refers to (the fields the schemas mark with ref(), the source of every piece of
 * evidence included) names a record of the right collection; records that failed their schema are
 * checked too.
 */
export const referencesResolve: Rule = {
  name: 'references-resolve',
  check(_records, { raw, ids }, report) {
    let unresolved = 0;
    for (const record of raw) {
      // A redirect may lead to another retired id: redirects-resolve follows its chain.
      if (record.collection === 'redirects') continue;
      forEachReference(record.collection, record.value, (path, id, target) => {
        if (ids[target].has(id)) return;
        // Linear overall: only the first unresolved references are compared with every id.
        const close = (unresolved += 1) <= SUGGESTED ? closestMatches(id, ids[target]) : [];
        report(
          record.collection,
          record.id,
          path,
          `no ${target} record has id ${shown(id)}${close.length > 0 ? `; did you mean ${close.map(shown).join(' or ')}?` : ''}`,
        );
      });
    }
  },
};
