import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { sourceTexts } from '../helpers/source-texts.js';

/**
 * Every number and every vague amount word in the articles is either a recorded metric or one of
 * these, each judged by hand not to count something done. A new number in a source, or a metric
 * dropped from the data, fails this test.
 */
const NOT_COUNTS: Record<string, readonly { phrase: string; reason: string }[]> = {
  'vietnamvn-giao-ban-2024': [
    { phrase: 'January 15', reason: 'the meeting date' },
    { phrase: '03/2019/ND-CP', reason: 'the decree number' },
    { phrase: 'September 5, 2019', reason: "the decree's issue date" },
    { phrase: 'In 2024', reason: 'the year reviewed' },
    { phrase: 'Decree No. 03', reason: 'the decree number' },
    { phrase: 'Decree 03', reason: 'the decree number' },
    { phrase: 'the 3 knowledge', reason: 'the name of a programme, not a count' },
    { phrase: 'deployed many social networking sites', reason: '"many" gives no number' },
    { phrase: 'Comment (0)', reason: 'page furniture of the web page' },
  ],
  'baonghean-10250316': [
    { phrase: 'February 9', reason: 'the meeting date' },
    { phrase: '03/2019/ND-CP', reason: 'the decree number' },
    { phrase: 'Defense Economic Group 4', reason: 'part of a name' },
    { phrase: 'In 2022', reason: 'the year reviewed' },
    { phrase: '13th National Party Congress', reason: 'an ordinal in a name' },
    {
      phrase: 'remove many links',
      reason:
        '"many" gives no number; the QDND report of the same meeting gives more than 14,000 (noted on that metric)',
    },
    { phrase: 'issue many policies', reason: '"many" gives no number' },
  ],
  'bocongan-t8111': [
    { phrase: 'July, 16 2021', reason: 'the article date' },
    { phrase: 'July 16', reason: 'the meeting date' },
    { phrase: '03/2019/ND-CP', reason: 'the decree number' },
    { phrase: 'September 5, 2019', reason: "the decree's issue date" },
    { phrase: '13th National Party Congress', reason: 'an ordinal in a name' },
    { phrase: '15th National Assembly', reason: 'an ordinal in a name' },
    { phrase: 'COVID-19', reason: 'part of a name' },
    { phrase: 'July 27', reason: 'a commemorative date' },
  ],
  'qdnd-498119': [
    { phrase: 'Decree No.77', reason: 'the decree number' },
    { phrase: 'the 10 years of implementing', reason: 'a duration' },
    { phrase: 'Resolution No.28', reason: 'the resolution number' },
    { phrase: 'exercises in 2018', reason: 'a year' },
    { phrase: 'for 2019', reason: 'a year' },
  ],
  'qdnd-549232': [
    { phrase: 'February 9', reason: 'the meeting date' },
    { phrase: 'in 2022', reason: 'the year reviewed' },
  ],
};

const AMOUNTS =
  /\d[\d,]*\d|\d|\b(?:hundreds|thousands|dozens|scores|tens|many|numerous|several)\b/g;

/** Code-point ranges [start, end) of every occurrence of `phrase` in `text`. */
function rangesOf(text: string, phrase: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const start = [...text.slice(0, at)].length;
    ranges.push([start, start + [...phrase].length]);
  }
  return ranges;
}

describe('metric coverage of the articles', () => {
  const texts = sourceTexts();

  it.each([...texts.keys()])('every amount in %s is a metric or a judged non-count', (source) => {
    const text = texts.get(source) ?? '';
    const metricSpans = bundledDataset.metrics.flatMap((metric) =>
      metric.evidence
        .filter((evidence) => evidence.source === source)
        .map((evidence) => ({
          start: evidence.start,
          end: evidence.end,
          asReported: metric.quantity.asReported,
        })),
    );
    const excused = (NOT_COUNTS[source] ?? []).flatMap(({ phrase }) => rangesOf(text, phrase));
    const unexplained: string[] = [];
    for (const match of text.matchAll(AMOUNTS)) {
      const start = [...text.slice(0, match.index)].length;
      const end = start + [...match[0]].length;
      const inside = (range: { start: number; end: number }) =>
        range.start <= start && end <= range.end;
      const isMetric = metricSpans.some(
        (span) => inside(span) && span.asReported.includes(match[0]),
      );
      const isExcused = excused.some(([from, to]) => inside({ start: from, end: to }));
      if (!isMetric && !isExcused)
        unexplained.push(
          `"${match[0]}" at ${start}: ...${text.slice(Math.max(0, match.index - 30), match.index + 30)}...`,
        );
    }
    expect(unexplained).toEqual([]);
  });

  it('every judged non-count is really in its source', () => {
    for (const [source, entries] of Object.entries(NOT_COUNTS)) {
      for (const { phrase } of entries)
        expect(texts.get(source), `${source}: ${phrase}`).toContain(phrase);
    }
  });
});
