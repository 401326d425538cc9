import type { Finding, Rule } from '../rule.js';

/** Retired ids lead, possibly through other retired ids, to a live record. */
export const redirectsResolve: Rule = {
  name: 'redirects-resolve',
  description:
    "A redirect's id is not a live record of its collection, and following redirects from it reaches a live record of that collection without a loop.",
  check(dataset, _context, index) {
    const findings: Finding[] = [];
    const redirects = new Map(
      dataset.redirects.map((redirect) => [`${redirect.collection}/${redirect.id}`, redirect]),
    );
    for (const redirect of dataset.redirects) {
      const live = index[redirect.collection];
      if (live.has(redirect.id)) {
        findings.push({
          collection: 'redirects',
          id: redirect.id,
          path: ['id'],
          message: `"${redirect.id}" is still a live ${redirect.collection} record; a redirect is only for a retired id`,
        });
        continue;
      }
      const seen = [redirect.id];
      let target = redirect.to;
      while (!live.has(target)) {
        const next = redirects.get(`${redirect.collection}/${target}`);
        if (!next) {
          findings.push({
            collection: 'redirects',
            id: redirect.id,
            path: ['to'],
            message: `leads to "${target}", which is neither a ${redirect.collection} record nor a redirect`,
          });
          break;
        }
        if (seen.includes(target)) {
          findings.push({
            collection: 'redirects',
            id: redirect.id,
            path: ['to'],
            message: `redirects loop: ${[...seen, target].join(' -> ')}`,
          });
          break;
        }
        seen.push(target);
        target = next.to;
      }
    }
    return findings;
  },
};
