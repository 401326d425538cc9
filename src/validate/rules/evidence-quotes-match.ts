import { findQuote, sliceCodePoints } from '../../core/code-points.js';
import { forEachEvidence } from '../../core/evidence.js';
import { shown } from '../../core/text.js';
import { type Finding, forEachRecord, type Rule } from '../rule.js';

/** Quote evidence is found at its offsets in the text of a bundled source. */
export const evidenceQuotesMatch: Rule = {
  name: 'evidence-quotes-match',
  description:
    'Every quote cites a bundled source (a cited page has no text to quote: cite it with a locator and a note), and, where the text is given, is found at exactly its code-point offsets in it.',
  check(records, { texts, byId }) {
    const findings: Finding[] = [];
    forEachRecord(records, (collection, record) => {
      forEachEvidence(record, (evidence, path) => {
        if (evidence.quote === undefined) return;
        const { quote, start, end } = evidence as unknown as {
          quote: string;
          start: number;
          end: number;
        };
        const at = { collection, id: record.id, path: [...path] };
        if (byId.sources.get(evidence.source)?.kind === 'cited') {
          findings.push({
            ...at,
            message: `${evidence.source} is a cited page, whose text is not in the repository: cite it with a locator and a note, not a quote`,
          });
          return;
        }
        const text = texts.get(evidence.source);
        if (text === undefined || sliceCodePoints(text, start, end) === quote) return;
        const found = findQuote(text, quote);
        const held = sliceCodePoints(text, start, end);
        findings.push({
          ...at,
          path: [...path, 'quote'],
          message:
            found.length === 0
              ? `quote ${shown(quote)} is not in the text of ${evidence.source}`
              : `quote ${shown(quote)} is at ${found.map((offset) => `${offset}-${offset + end - start}`).join(', ')} in ${evidence.source}, not at ${start}-${end} (which holds ${shown(held)})`,
        });
      });
    });
    return findings;
  },
};
