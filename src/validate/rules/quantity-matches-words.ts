import { readQuantityWords } from '../../core/quantity-words.js';
import type { Rule } from '../rule.js';

/**
 * Each quantity's words (asReported) are read (digits with thousands separators, "more than",
 * "over", "nearly", "up to", "about", "hundreds of", "a dozen", a leading pair "27 cases/197
 * vessels", and the Vietnamese forms) and its value, qualifier, lower and upper agree with them;
 * words that cannot be read are reported so that the reader learns them.
 */
export const quantityMatchesWords: Rule = {
  name: 'quantity-matches-words',
  check(records, _context, report) {
    for (const metric of records.metrics) {
      const { quantity } = metric;
      const problem = (field: string, message: string) =>
        report('metrics', metric.id, ['quantity', field], message);
      const words = JSON.stringify(quantity.asReported);
      const reading = readQuantityWords(quantity.asReported);
      if (!reading) {
        problem(
          'asReported',
          `cannot read ${words} as a quantity (a number, "more than 100", "hundreds of", ...)`,
        );
        continue;
      }
      if (!reading.qualifiers.includes(quantity.qualifier))
        problem(
          'qualifier',
          `${words} reads as ${reading.qualifiers.join(' or ')}, not ${quantity.qualifier}`,
        );
      if (
        reading.values.length === 0
          ? quantity.value !== null
          : !reading.values.includes(quantity.value ?? Number.NaN)
      )
        problem(
          'value',
          `${words} gives ${reading.values.length === 0 ? 'no number (value null)' : reading.values.join(' or ')}, not ${quantity.value}`,
        );
      if (reading.lower !== null && quantity.lower !== reading.lower)
        problem('lower', `${words} means at least ${reading.lower}, not ${quantity.lower}`);
      if (reading.upper !== null && quantity.upper !== reading.upper)
        problem('upper', `${words} means at most ${reading.upper}, not ${quantity.upper}`);
    }
  },
};
