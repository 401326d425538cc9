import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../src/bundled.js';
import { COLLECTION_NAMES } from '../../src/core/collections.js';
import { forEachEvidence } from '../../src/core/evidence.js';
import { formatPath } from '../../src/core/problem.js';
import { inferredFacts } from '../../src/helpers/provenance.js';
import { timeline } from '../../src/helpers/timeline.js';
import { projectRoot, sourceTexts } from '../support/paths.js';

/** Facts worked out by reading the five bundled articles, not from the data files. */
const find = <T extends { readonly id: string }>(records: readonly T[], id: string): T => {
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`missing ${id}`);
  return record;
};
const inferred = (collection: string, id: string, field: string) =>
  inferredFacts().some(
    (fact) => fact.collection === collection && fact.id === id && fact.field === field,
  );
const { meetings, people, documents, metrics, sources, conflicts } = bundled;

describe('the meetings the five articles report', () => {
  it('one of them is reported by two articles, merged into one record', () => {
    expect(find(meetings, 'annual-review-2022').sources).toEqual(
      expect.arrayContaining(['baonghean-10250316', 'qdnd-549232']),
    );
  });

  it('no article states the year of its meeting, so each date is marked inferred with a reason', () => {
    expect(
      [
        'standing-agencies-review-2018-q3',
        'semiannual-review-2021-h1',
        'annual-review-2022',
        'annual-review-2024',
      ].map((id) => [id, find(meetings, id).date.edtf, inferred('meetings', id, 'date')]),
    ).toEqual([
      ['standing-agencies-review-2018-q3', '2018-41', true],
      ['semiannual-review-2021-h1', '2021-07-16', true],
      ['annual-review-2022', '2023-02-09', true],
      ['annual-review-2024', '2025-01-15', true],
    ]);
  });

  it('the 2018 meeting, which reviews the third quarter, is not in a timeline of January to March 2018', () => {
    expect(timeline({ from: '2018-01', to: '2018-03' }).map((event) => event.id)).not.toContain(
      'meeting:standing-agencies-review-2018-q3',
    );
    expect(timeline({ from: '2018-10', to: '2018-10' }).map((event) => event.id)).toContain(
      'meeting:standing-agencies-review-2018-q3',
    );
  });

  it('each meeting reviews the period its article names', () => {
    expect(find(meetings, 'standing-agencies-review-2018-q3').periodReviewed).toMatchObject({
      earliest: '2018-07-01',
      latest: '2018-09-30',
      precision: 'quarter',
    });
    expect(find(meetings, 'semiannual-review-2021-h1').periodReviewed).toMatchObject({
      earliest: '2021-01-01',
      latest: '2021-06-30',
      precision: 'half',
    });
    expect(find(meetings, 'annual-review-2022').periodReviewed?.edtf).toBe('2022');
    expect(find(meetings, 'annual-review-2024').periodReviewed?.edtf).toBe('2024');
  });

  it('the 2018 meeting implements Decree No. 77 and the others Decree 03/2019/ND-CP', () => {
    expect(find(meetings, 'standing-agencies-review-2018-q3').documents).toEqual(['decree-77']);
    for (const id of ['semiannual-review-2021-h1', 'annual-review-2022', 'annual-review-2024'])
      expect(find(meetings, id).documents).toEqual(['decree-03-2019-nd-cp']);
  });

  it('co-chairs are the pairs the articles name, and the 2022 review had a Nghe An bridge chaired by Nguyen Nam Dinh', () => {
    expect([...find(meetings, 'standing-agencies-review-2018-q3').coChairs].sort()).toEqual([
      'luong-tam-quang',
      'tran-hong-cong',
    ]);
    for (const id of ['semiannual-review-2021-h1', 'annual-review-2022', 'annual-review-2024'])
      expect([...find(meetings, id).coChairs].sort()).toEqual(['nguyen-tan-cuong', 'tran-quoc-to']);
    expect(
      find(meetings, 'annual-review-2022').sites.find((site) => site.name === 'Nghe An bridge'),
    ).toMatchObject({ kind: 'bridge', chairs: ['nguyen-nam-dinh'] });
  });
});

describe('people and their ranks, as written', () => {
  const ranksAt = (id: string, meeting: string) =>
    find(people, id)
      .ranks.filter((claim) => claim.meeting === meeting)
      .map((claim) => [claim.asReported, claim.rank]);

  it('Vietnam.vn gives Nguyen Tan Cuong two ranks for the January 2025 meeting, kept as a conflict', () => {
    expect(ranksAt('nguyen-tan-cuong', 'annual-review-2024')).toEqual(
      expect.arrayContaining([
        ['Senior Lieutenant General', 'thuong-tuong'],
        ['Senior General', 'dai-tuong'],
      ]),
    );
    expect(
      find(conflicts, 'nguyen-tan-cuong-rank-2024').claims.map((claim) => claim.value),
    ).toEqual(['Senior Lieutenant General', 'Senior General']);
  });

  it('"General Cuong" is kept as written, with no rank code', () => {
    expect(ranksAt('nguyen-tan-cuong', 'annual-review-2022')).toContainEqual(['General', null]);
  });

  it('Tran Quoc To is a Lieutenant General in 2021 and a Senior Lieutenant General in 2023 and 2025', () => {
    // The English article and a Vietnamese report of the same meeting agree.
    expect(ranksAt('tran-quoc-to', 'semiannual-review-2021-h1')).toEqual([
      ['Lieutenant General', 'trung-tuong'],
      ['Trung tướng', 'trung-tuong'],
    ]);
    expect(ranksAt('tran-quoc-to', 'annual-review-2022')).toEqual([
      ['Senior Lieutenant General', 'thuong-tuong'],
    ]);
    expect(ranksAt('tran-quoc-to', 'annual-review-2024')).toEqual([
      ['Senior Lieutenant General', 'thuong-tuong'],
    ]);
  });

  it('"Colonel" does not settle Phan Dai Nghia\'s rank at the February 2023 meeting', () => {
    expect(
      find(people, 'phan-dai-nghia').ranks.filter(
        (claim) => claim.meeting === 'annual-review-2022',
      ),
    ).toMatchObject([{ asReported: 'Colonel', rank: null }]);
  });
});

describe('documents and metrics', () => {
  it('Decree 03/2019/ND-CP is parsed and dated by two articles; Decree No. 77 has only its number', () => {
    const decree = find(documents, 'decree-03-2019-nd-cp');
    expect(decree.number).toEqual({
      raw: '03/2019/ND-CP',
      ascii: '03/2019/ND-CP',
      sequence: 3,
      year: 2019,
      typeCode: 'ND',
      issuerCode: 'CP',
    });
    expect(decree.issued?.edtf).toBe('2019-09-05');
    expect(new Set(decree.issued?.evidence.map((evidence) => evidence.source))).toEqual(
      new Set(['vietnamvn-giao-ban-2024', 'bocongan-t8111']),
    );
    expect(find(documents, 'decree-77').number).toMatchObject({ sequence: 77 });
  });

  it('quantities keep their qualifiers and bounds: never a false exact', () => {
    const quantity = (id: string) => find(metrics, id).quantity;
    expect(quantity('annual-review-2024-links-removed')).toEqual({
      value: 13000,
      qualifier: 'more-than',
      lower: 13000,
      upper: null,
      asReported: 'more than 13,000',
    });
    expect(quantity('annual-review-2022-links-removed')).toMatchObject({
      value: 14000,
      qualifier: 'more-than',
      upper: null,
    });
    expect(quantity('annual-review-2024-drug-traffickers-arrested')).toMatchObject({
      value: null,
      qualifier: 'magnitude',
      asReported: 'hundreds of',
    });
    expect(quantity('annual-review-2024-quang-ninh-three-knowledge-households')).toEqual({
      value: 10000,
      qualifier: 'nearly',
      lower: null,
      upper: 10000,
      asReported: 'nearly 10,000',
    });
  });

  it('"27 cases/197 vessels" and "53 delegations/463 foreigners" are pairs of metrics; "up to now" counts are running totals', () => {
    const groupOf = (id: string) => find(metrics, id).group;
    expect(groupOf('annual-review-2024-quang-ninh-foreign-fishing-cases')).toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-fishing-vessels'),
    );
    expect(groupOf('annual-review-2024-quang-ninh-foreign-delegations')).toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-visitors'),
    );
    const households = find(
      metrics,
      'annual-review-2024-quang-ninh-border-self-management-households',
    );
    expect(households.cumulative).toBe(true);
    expect(households.period).toMatchObject({ earliest: null, latest: '2025-01-15' });
  });
});

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

describe('the cited pages', () => {
  const cited = sources.filter((source) => source.kind === 'cited');

  it('keep no text in the repository, only an address', () => {
    for (const source of cited) {
      expect(existsSync(join(projectRoot, 'data', 'sources', `${source.id}.txt`)), source.id).toBe(
        false,
      );
      expect([source.sha256, source.originalFileName], source.id).toEqual([null, null]);
      expect(source.url, source.id).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('are cited by locator and note, and no note or locator quotes more than a few words', () => {
    const long: string[] = [];
    for (const collection of COLLECTION_NAMES)
      for (const record of bundled[collection])
        forEachEvidence(record, (evidence, path) => {
          if (!cited.some((source) => source.id === evidence.source)) return;
          expect(evidence.kind, `${collection}/${record.id} ${formatPath(path)}`).toBe('cited');
          for (const [, words = ''] of `${evidence.locator} ${evidence.note}`.matchAll(
            /["“]([^"”]+)["”]/g,
          ))
            if (words.split(/\s+/).length > 8) long.push(`${collection}/${record.id}: ${words}`);
        });
    expect(long).toEqual([]);
  });
});

describe('the bundled records', () => {
  it('are deeply frozen', () => {
    const check = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const child of Object.values(value)) check(child);
    };
    check(bundled);
    expect(() => {
      'use strict';
      (bundled.meetings[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });
});
