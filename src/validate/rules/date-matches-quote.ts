import { sliceCodePoints } from '../../core/code-points.js';
import { dayWithin, daysStated, statesDate, yearsStated } from '../../core/date-words.js';
import { formatPath } from '../../core/problem.js';
import { forEachDate, forEachRecord, type Rule } from '../rule.js';

/**
 * A quote that is evidence for a date or period states something of it (a day, a year, a month,
 * a quarter or a half), and the date agrees: it covers every day the quote states ("January 15",
 * "15 January 2025", "15/01/2025", "16/7/2021", "ngày 15 tháng 1"; in that year, when the quote
 * gives one), and, where the quote states years alone ("In 2022", "năm 2022"), at least one of
 * them. Quotes that are not where they say are left to evidence-quotes-match.
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
            const at = formatPath([...path, 'evidence', index]);
            const wrong = (message: string) =>
              report(collection, record.id, [...path, 'edtf'], message);
            if (!statesDate(evidence.quote))
              wrong(
                `the quote at ${at} states no day, month or year: quote the words that date it`,
              );
            const years = yearsStated(evidence.quote);
            const covered = (year: number) =>
              (date.earliest === null || `${year}-12-31` >= date.earliest) &&
              (date.latest === null || `${year}-01-01` <= date.latest);
            if (years.length > 0 && !years.some(covered))
              wrong(
                `the quote at ${at} states ${years.join(', ')}, which "${date.edtf}" does not cover`,
              );
            for (const stated of daysStated(evidence.quote)) {
              if (dayWithin(stated, date.earliest, date.latest)) continue;
              wrong(
                `the quote at ${at} states "${stated.words}", which "${date.edtf}" does not cover`,
              );
            }
          });
        },
        copied,
      );
    });
  },
};
