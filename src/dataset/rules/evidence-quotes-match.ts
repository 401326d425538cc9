import { codePointOccurrences, codePointSlice } from '../../lib/code-points.js';
import { evidenceIn } from '../evidence-in.js';
import { type Finding, forEachRecord, type Rule } from '../rule.js';

/** Every quote is the source text at its offsets. */
export const evidenceQuotesMatch: Rule = {
  name: 'evidence-quotes-match',
  description:
    'Every evidence quote equals the source text between its code-point offsets (checked where the source text is available).',
  check(dataset, context) {
    const texts = context.texts;
    if (!texts || texts.size === 0) return [];
    const codePoints = new Map<string, string[]>();
    const findings: Finding[] = [];
    forEachRecord(dataset, (collection, record) => {
      for (const { path, evidence } of evidenceIn(record)) {
        const text = texts.get(evidence.source);
        if (text === undefined) continue;
        let points = codePoints.get(evidence.source);
        if (!points) {
          points = [...text];
          codePoints.set(evidence.source, points);
        }
        if (points.slice(evidence.start, evidence.end).join('') === evidence.quote) continue;
        const found = codePointOccurrences(text, evidence.quote);
        const actual = codePointSlice(text, evidence.start, evidence.end);
        const message =
          found.length === 0
            ? `quote "${evidence.quote}" is not in the text of ${evidence.source}`
            : `quote "${evidence.quote}" is at ${found.map((start) => `${start}-${start + evidence.end - evidence.start}`).join(', ')} in ${evidence.source}, not at ${evidence.start}-${evidence.end} (which holds "${actual}")`;
        findings.push({ collection, id: record.id, path, message });
      }
    });
    return findings;
  },
};
