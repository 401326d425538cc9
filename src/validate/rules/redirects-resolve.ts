import type { Rule } from '../rule.js';

/**
 * A redirect's id is not a live record of its collection, and following redirects from it reaches a
 * live record of that collection without a loop.
 */
export const redirectsResolve: Rule = {
  name: 'redirects-resolve',
  check(records, { ids }, report) {
    const to = new Map(
      records.redirects.map((redirect) => [`${redirect.collection}/${redirect.id}`, redirect.to]),
    );
    // Where each retired id leads, found once per id: a chain is walked once (linear overall).
    const outcome = new Map<string, string | null>();
    for (const { id, collection } of records.redirects) {
      const live = ids[collection];
      if (live.has(id)) {
        report(
          'redirects',
          id,
          ['id'],
          `"${id}" is still a live ${collection} record; a redirect is only for a retired id`,
        );
        continue;
      }
      const chain: string[] = [];
      const onChain = new Set<string>();
      let problem: string | null | undefined;
      for (let current = id; problem === undefined;) {
        const key = `${collection}/${current}`;
        if (outcome.has(key)) problem = outcome.get(key);
        else if (live.has(current)) problem = null;
        else if (onChain.has(key))
          problem = `redirects loop: ${[...chain, key].map((step) => step.slice(collection.length + 1)).join(' -> ')}`;
        else if (!to.has(key))
          problem = `leads to "${current}", which is neither a ${collection} record nor a redirect`;
        else {
          chain.push(key);
          onChain.add(key);
          current = to.get(key) as string;
        }
      }
      for (const key of chain) outcome.set(key, problem);
      if (problem) report('redirects', id, ['to'], problem);
    }
  },
};
