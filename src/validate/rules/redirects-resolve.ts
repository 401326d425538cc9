import type { Finding, Rule } from '../rule.js';

/** Retired ids lead, possibly through other retired ids, to a live record. */
export const redirectsResolve: Rule = {
  name: 'redirects-resolve',
  description:
    "A redirect's id is not a live record of its collection, and following redirects from it reaches a live record of that collection without a loop.",
  check(records, { ids }) {
    const findings: Finding[] = [];
    const next = new Map(
      records.redirects.map((redirect) => [`${redirect.collection}/${redirect.id}`, redirect.to]),
    );
    // Where each retired id ends up: "live", "dangling" or "loop", found once per id (linear).
    const outcome = new Map<string, string>();
    for (const redirect of records.redirects) {
      const live = ids[redirect.collection];
      if (live.has(redirect.id)) {
        findings.push({
          collection: 'redirects',
          id: redirect.id,
          path: ['id'],
          message: `"${redirect.id}" is still a live ${redirect.collection} record; a redirect is only for a retired id`,
        });
        continue;
      }
      const chain: string[] = [];
      const onChain = new Set<string>();
      let current = redirect.id;
      let result: string;
      for (;;) {
        const known = outcome.get(`${redirect.collection}/${current}`);
        if (known !== undefined) {
          result = known;
          break;
        }
        if (live.has(current)) {
          result = 'live';
          break;
        }
        if (onChain.has(current)) {
          result = `loop: ${[...chain, current].join(' -> ')}`;
          break;
        }
        const to = next.get(`${redirect.collection}/${current}`);
        if (to === undefined) {
          result = `dangling: leads to "${current}", which is neither a ${redirect.collection} record nor a redirect`;
          break;
        }
        chain.push(current);
        onChain.add(current);
        current = to;
      }
      for (const id of chain) outcome.set(`${redirect.collection}/${id}`, result);
      if (result.startsWith('loop'))
        findings.push({
          collection: 'redirects',
          id: redirect.id,
          path: ['to'],
          message: `redirects ${result}`,
        });
      if (result.startsWith('dangling'))
        findings.push({
          collection: 'redirects',
          id: redirect.id,
          path: ['to'],
          message: result.slice('dangling: '.length),
        });
    }
    return findings;
  },
};
