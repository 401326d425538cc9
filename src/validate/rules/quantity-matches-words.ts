import { readQuantityWords } from '../../core/quantity-words.js';
import type { Rule } from '../rule.js';

/**
 * Each quantity's words (asReported) are read whole, English and Vietnamese, digits marked as the
 * language of its source marks them (scale words, ranges, "or more", a pair "27 cases/197
 * vessels"), and its value, qualifier, lower and upper agree with them; words the reader does
 * not understand are reported, never read in part.
 */
export const quantityMatchesWords: Rule = {
  name: 'quantity-matches-words',
  check(records, { byId }, report) {
    for (const metric of records.metrics) {
      const { quantity } = metric;
      // How the digits are marked follows the language of the source the words come from.
      const [first] = metric.evidence;
      const language = first === undefined ? undefined : byId.sources.get(first.source)?.language;
      const problem = (field: string, message: string) =>
        report('metrics', metric.id, ['quantity', field], message);
      const words = JSON.stringify(quantity.asReported);
      const reading = readQuantityWords(quantity.asReported, language);
      if (typeof reading === 'string') {
        problem('asReported', reading);
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
