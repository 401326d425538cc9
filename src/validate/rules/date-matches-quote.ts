import { sliceCodePoints } from '../../core/code-points.js';
import { dayWithin, daysStated } from '../../core/date-words.js';
import { formatPath } from '../../core/problem.js';
import { forEachDate, forEachRecord, type Rule } from '../rule.js';

/**
 * Where a quote that is evidence for a date or period states a month and day ("January 15", "15
 * January 2025", "15/01/2025", "16/7/2021", "ngày 15 tháng 1"), the date covers that day (in that
 * year, when the quote gives one). Quotes that are not where they say are left to evidence-quotes-
 * match.
 */
export const dateMatchesQuote: Rule = {
  name: 'date-matches-quote',
  check(records, { texts, copied }, report) {
    forEachRecord(records, (collection, record) => {
      forEachDate(
        record,
        [],
        (date, path) => {
          date.evidence.forEach((evidence, index) => {
            if (evidence.kind !== 'quote') return;
            // A quote that is not where it says is reported by evidence-quotes-match, once.
            const text = texts.get(evidence.source);
            if (text && sliceCodePoints(text, evidence.start, evidence.end) !== evidence.quote)
              return;
            for (const stated of daysStated(evidence.quote)) {
              if (dayWithin(stated, date.earliest, date.latest)) continue;
              report(
                collection,
                record.id,
                [...path, 'edtf'],
                `the quote at ${formatPath([...path, 'evidence', index])} states "${stated.words}", which "${date.edtf}" does not cover`,
              );
            }
          });
        },
        copied,
      );
    });
  },
};
