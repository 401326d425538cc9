import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';

/** Expected values worked out by reading the five articles, not from the data files. */
const find = <T extends { readonly id: string }>(records: readonly T[], id: string): T => {
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`missing ${id}`);
  return record;
};

describe('meetings, as the articles report them', () => {
  const { meetings } = bundledDataset;

  it('there are four meetings, one of them reported by two articles', () => {
    expect(meetings).toHaveLength(4);
    expect(meetings.map((meeting) => meeting.sources.length).sort()).toEqual([1, 1, 1, 2]);
    expect(find(meetings, 'annual-review-2022').sources).toEqual([
      'baonghean-10250316',
      'qdnd-549232',
    ]);
  });

  it('no article states the year of its meeting, so every date is inferred with a reason', () => {
    const dates = meetings.map((meeting) => [
      meeting.id,
      meeting.date.edtf,
      meeting.date.precision,
      meeting.date.basis,
    ]);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['standing-agencies-review-2018-q3', '2018', 'year', 'inferred'],
        ['semiannual-review-2021-h1', '2021-07-16', 'day', 'inferred'],
        ['annual-review-2022', '2023-02-09', 'day', 'inferred'],
        ['annual-review-2024', '2025-01-15', 'day', 'inferred'],
      ]),
    );
    for (const meeting of meetings) expect(meeting.date.note).toBeTruthy();
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
    expect(find(meetings, 'annual-review-2022').periodReviewed).toMatchObject({
      edtf: '2022',
      basis: 'stated',
    });
    expect(find(meetings, 'annual-review-2024').periodReviewed).toMatchObject({
      edtf: '2024',
      basis: 'stated',
    });
  });

  it('the 2018 meeting implements Decree No. 77 and the others Decree 03/2019/ND-CP', () => {
    expect(find(meetings, 'standing-agencies-review-2018-q3').documents).toEqual(['decree-77']);
    for (const id of ['semiannual-review-2021-h1', 'annual-review-2022', 'annual-review-2024'])
      expect(find(meetings, id).documents).toEqual(['decree-03-2019-nd-cp']);
  });

  it('co-chairs and presiders are the pairs the articles name', () => {
    expect([...find(meetings, 'standing-agencies-review-2018-q3').coChairs].sort()).toEqual([
      'luong-tam-quang',
      'tran-hong-cong',
    ]);
    for (const id of ['semiannual-review-2021-h1', 'annual-review-2022', 'annual-review-2024']) {
      expect([...find(meetings, id).coChairs].sort()).toEqual(['nguyen-tan-cuong', 'tran-quoc-to']);
    }
  });

  it('the 2022 review had a Nghe An bridge chaired by Nguyen Nam Dinh', () => {
    const bridge = find(meetings, 'annual-review-2022').sites.find(
      (site) => site.name === 'Nghe An bridge',
    );
    expect(bridge).toMatchObject({ kind: 'bridge', chairs: ['nguyen-nam-dinh'], basis: 'stated' });
  });
});

describe('people and their ranks, as written', () => {
  const cuong = find(bundledDataset.people, 'nguyen-tan-cuong');
  const to = find(bundledDataset.people, 'tran-quoc-to');
  const ranksAt = (person: typeof cuong, meeting: string) =>
    person.ranks
      .filter((claim) => claim.meeting === meeting)
      .map((claim) => [claim.asReported, claim.rank]);

  it('Vietnam.vn gives Nguyen Tan Cuong two ranks for the January 2025 meeting', () => {
    expect(ranksAt(cuong, 'annual-review-2024')).toEqual([
      ['Senior Lieutenant General', 'thuong-tuong'],
      ['Senior General', 'dai-tuong'],
    ]);
    expect(
      bundledDataset.conflicts
        .find(
          (conflict) =>
            conflict.record.id === 'nguyen-tan-cuong' && conflict.kind === 'contradiction',
        )
        ?.claims.map((claim) => claim.value),
    ).toEqual(['Senior Lieutenant General', 'Senior General']);
  });

  it('"General Cuong" is kept as written, with no rank code', () => {
    expect(ranksAt(cuong, 'annual-review-2022')).toContainEqual(['General', null]);
  });

  it('Tran Quoc To is a Lieutenant General in 2021 and a Senior Lieutenant General from 2023', () => {
    expect(ranksAt(to, 'semiannual-review-2021-h1')).toEqual([
      ['Lieutenant General', 'trung-tuong'],
    ]);
    expect(ranksAt(to, 'annual-review-2022')).toEqual([
      ['Senior Lieutenant General', 'thuong-tuong'],
    ]);
    expect(ranksAt(to, 'annual-review-2024')).toEqual([
      ['Senior Lieutenant General', 'thuong-tuong'],
    ]);
  });

  it("every claim is dated by its meeting's date", () => {
    for (const person of bundledDataset.people) {
      for (const claim of [...person.ranks, ...person.positions])
        expect(claim.asOf).toEqual(find(bundledDataset.meetings, claim.meeting).date);
    }
  });

  it('"Colonel" does not settle Phan Dai Nghia\'s rank', () => {
    expect(find(bundledDataset.people, 'phan-dai-nghia').ranks).toMatchObject([
      { asReported: 'Colonel', rank: null },
    ]);
  });
});

describe('documents', () => {
  it('Decree 03/2019/ND-CP is parsed and dated by two articles', () => {
    const decree = find(bundledDataset.documents, 'decree-03-2019-nd-cp');
    expect(decree.number).toEqual({
      raw: '03/2019/ND-CP',
      ascii: '03/2019/ND-CP',
      sequence: 3,
      year: 2019,
      typeCode: 'ND',
      issuerCode: 'CP',
    });
    expect(decree.issued).toMatchObject({ edtf: '2019-09-05', basis: 'stated' });
    expect(new Set(decree.issued?.evidence.map((evidence) => evidence.source))).toEqual(
      new Set(['vietnamvn-giao-ban-2024', 'bocongan-t8111']),
    );
    expect(decree.issuer).toBe('government');
  });

  it('Decree No. 77 has only its sequence number and no date', () => {
    const decree = find(bundledDataset.documents, 'decree-77');
    expect(decree.number).toMatchObject({ sequence: 77, year: null, typeCode: null });
    expect(decree.issued).toBeNull();
  });
});

describe('metrics', () => {
  const { metrics } = bundledDataset;
  const quantity = (id: string) => find(metrics, id).quantity;

  it('there are 17: 16 from the January 2025 meeting (11 of them for Quang Ninh) and 1 from February 2023', () => {
    expect(metrics).toHaveLength(17);
    expect(metrics.filter((metric) => metric.meeting === 'annual-review-2024')).toHaveLength(16);
    expect(metrics.filter((metric) => metric.scope.area === 'Quang Ninh')).toHaveLength(11);
  });

  it('keeps qualifiers and bounds: never a false exact', () => {
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
    expect(quantity('annual-review-2024-national-security-plans')).toMatchObject({
      value: 315,
      qualifier: 'exact',
    });
  });

  it('"27 cases/197 vessels" and "53 delegations/463 foreigners" are pairs of metrics', () => {
    const groupOf = (id: string) => find(metrics, id).group;
    expect(groupOf('annual-review-2024-quang-ninh-foreign-fishing-cases')).toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-fishing-vessels'),
    );
    expect(groupOf('annual-review-2024-quang-ninh-foreign-delegations')).toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-visitors'),
    );
    expect(groupOf('annual-review-2024-quang-ninh-foreign-fishing-cases')).not.toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-delegations'),
    );
  });

  it('"up to now" counts are running totals with an open start', () => {
    const households = find(
      metrics,
      'annual-review-2024-quang-ninh-border-self-management-households',
    );
    expect(households.cumulative).toBe(true);
    expect(households.period).toMatchObject({
      earliest: null,
      latest: '2025-01-15',
      basis: 'inferred',
    });
  });
});
