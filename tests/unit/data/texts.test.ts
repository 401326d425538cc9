// The bundled article texts: hashed as recorded, and every number in them a metric or listed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { projectRoot, sourceTexts } from '../../support/paths.js';

const { metrics, sources } = bundled;

/**
 * Every number and every vague amount word in the bundled articles is either a recorded metric or
 * one of these, each judged by hand not to count something done. A new number in an article, or
 * a metric dropped from the data, fails this test.
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
      reason: '"many" gives no number; the QDND report of the same meeting gives more than 14,000',
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

describe('the bundled texts', () => {
  const texts = sourceTexts();
  const bundledSources = sources.filter((source) => source.kind === 'bundled');

  it('there is one text per bundled source, NFC, matching its recorded SHA-256', () => {
    expect([...texts.keys()].sort()).toEqual(bundledSources.map((source) => source.id));
    for (const source of bundledSources) {
      const text = texts.get(source.id) ?? '';
      expect(text.normalize('NFC')).toBe(text);
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(source.sha256);
    }
  });

  it.runIf(existsSync(join(projectRoot, '..', 'shared', 'seeds')))(
    'each is an unchanged copy of its corpus file',
    () => {
      for (const source of bundledSources) {
        const original = readFileSync(
          join(projectRoot, '..', 'shared', 'seeds', source.originalFileName ?? ''),
          'utf8',
        );
        expect(texts.get(source.id), source.id).toBe(original.normalize('NFC'));
      }
    },
  );

  it.each(Object.keys(NOT_COUNTS))(
    'every amount in %s is a metric or a judged non-count',
    (source) => {
      const text = texts.get(source) ?? '';
      const spans = metrics.flatMap((metric) =>
        metric.evidence.flatMap((evidence) =>
          evidence.kind === 'quote' && evidence.source === source
            ? [{ start: evidence.start, end: evidence.end, asReported: metric.quantity.asReported }]
            : [],
        ),
      );
      const excused = (NOT_COUNTS[source] ?? []).flatMap(({ phrase }) => {
        expect(text, phrase).toContain(phrase);
        return [
          ...text.matchAll(new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
        ].map((match) => ({
          start: [...text.slice(0, match.index)].length,
          end: [...text.slice(0, match.index)].length + [...phrase].length,
        }));
      });
      const unexplained: string[] = [];
      for (const match of text.matchAll(
        /\d[\d,]*\d|\d|\b(?:hundreds|thousands|dozens|scores|tens|many|numerous|several)\b/g,
      )) {
        const start = [...text.slice(0, match.index)].length;
        const end = start + [...match[0]].length;
        const inside = (range: { start: number; end: number }) =>
          range.start <= start && end <= range.end;
        if (
          !spans.some((span) => inside(span) && span.asReported.includes(match[0])) &&
          !excused.some(inside)
        )
          unexplained.push(`"${match[0]}" at ${start}`);
      }
      expect(unexplained).toEqual([]);
    },
  );
});
