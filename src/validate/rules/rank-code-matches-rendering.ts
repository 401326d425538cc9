import { RANKS, ranksRenderedAs } from '../../core/ranks.js';
import type { Rule } from '../rule.js';

/**
 * Every rank code is one that the words as written can stand for (see RANKS: Vietnamese words name
 * one rank, English renderings one or two); words the table does not know need a code of null and a
 * note.
 */
export const rankCodeMatchesRendering: Rule = {
  name: 'rank-code-matches-rendering',
  check(records, _context, report) {
    for (const person of records.people) {
      person.ranks.forEach(({ rank, asReported }, index) => {
        const codes = ranksRenderedAs(asReported);
        if (rank === null || codes.includes(rank)) return;
        const message =
          codes.length === 0
            ? `"${asReported}" is not a known rendering of any rank; set rank to null with a note, or add the rendering to RANKS`
            : `"${asReported}" renders ${codes.join(' or ')}, not ${rank} (${RANKS[rank].vietnamese})`;
        report('people', person.id, ['ranks', index, 'rank'], message);
      });
    }
  },
};
