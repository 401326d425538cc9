import { RANKS, ranksRenderedAs } from '../../core/ranks.js';
import type { Finding, Rule } from '../rule.js';

/** The rank code of a claim is one its words can stand for. */
export const rankCodeMatchesRendering: Rule = {
  name: 'rank-code-matches-rendering',
  description:
    'Every rank code is one that the words as written can stand for (see RANKS: Vietnamese words name one rank, English renderings one or two); words the table does not know need a code of null and a note.',
  check(records) {
    const findings: Finding[] = [];
    for (const person of records.people) {
      person.ranks.forEach((claim, index) => {
        if (claim.rank === null) return;
        const codes = ranksRenderedAs(claim.asReported);
        if (codes.includes(claim.rank)) return;
        const message =
          codes.length === 0
            ? `"${claim.asReported}" is not a known rendering of any rank; set rank to null with a note, or add the rendering to RANKS`
            : `"${claim.asReported}" renders ${codes.join(' or ')}, not ${claim.rank} (${RANKS[claim.rank].vietnamese})`;
        findings.push({
          collection: 'people',
          id: person.id,
          path: ['ranks', index, 'rank'],
          message,
        });
      });
    }
    return findings;
  },
};
