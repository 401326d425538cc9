import { findQuote, sliceCodePoints } from '../../core/code-points.js';
import { forEachEvidence } from '../../core/evidence.js';
import { shown } from '../../core/text.js';
import { forEachRecord, type Rule } from '../rule.js';

/**
 * Every quote cites a bundled source (a cited page has no text to quote: cite it with a locator and
 * a note), and, where the text is given, is found at exactly its code-point offsets in it.
 */
export const evidenceQuotesMatch: Rule = {
  name: 'evidence-quotes-match',
  check(records, { texts, byId, copied }, report) {
    forEachRecord(records, (collection, record) => {
      forEachEvidence(
        record,
        (evidence, path) => {
          if (evidence.kind !== 'quote') return;
          const { source, quote, start, end } = evidence as Required<
            Pick<typeof evidence, 'quote' | 'start' | 'end'>
          > &
            typeof evidence;
          if (byId.sources.get(source)?.kind === 'cited') {
            return report(
              collection,
              record.id,
              [...path],
              `${source} is a cited page, whose text is not in the repository: cite it with a locator and a note, not a quote`,
            );
          }
          const text = texts.get(source);
          if (text === undefined || sliceCodePoints(text, start, end) === quote) return;
          const found = findQuote(text, quote).map((at) => `${at}-${at + end - start}`);
          const held = shown(sliceCodePoints(text, start, end));
          report(
            collection,
            record.id,
            [...path, 'quote'],
            found.length === 0
              ? `quote ${shown(quote)} is not in the text of ${source}`
              : `quote ${shown(quote)} is at ${found.join(', ')} in ${source}, not at ${start}-${end} (which holds ${held})`,
          );
        },
        copied,
      );
    });
  },
};
