import { describe, expect, it } from 'vitest';
import { positionsAt, rankAt } from '../../../src/helpers/claims-at.js';
import { cited, FIXTURE_TEXT, fixture, fixtureInput } from '../../support/fixture.js';
import { createDataset } from '../../../src/validate/validate-records.js';

const dataset = fixture();

describe('rankAt and positionsAt', () => {
  it('give the rank of the latest report on or before a date', () => {
    expect(rankAt('le-van-a', '2021', { dataset })).toMatchObject({
      ranks: ['thieu-tuong'],
      agreed: true,
      certain: true,
      date: { start: '2021-01-01', end: '2021-12-31' },
    });
    expect(rankAt('le-van-a', '2019', { dataset })).toMatchObject({
      claims: [],
      ranks: [],
      agreed: false,
    });
  });

  it('keep both claims of a report that disagrees with itself, with the recorded conflict', () => {
    const at = rankAt('le-van-a', '2023-06-01', { dataset });
    expect(at.ranks).toEqual(['trung-tuong', 'thuong-tuong']);
    expect(at.agreed).toBe(false);
    expect(at.conflicts.map((conflict) => conflict.id)).toEqual(['le-van-a-rank-2022']);
  });

  it('are not certain when the date asked covers the report', () => {
    expect(rankAt('le-van-a', '2023', { dataset }).certain).toBe(false);
  });

  it('a rendering that does not settle the rank gives null', () => {
    expect(rankAt('tran-thi-b', '2024', { dataset })).toMatchObject({
      ranks: [null],
      agreed: false,
    });
  });

  it('list positions as last reported, marking those of the latest report current', () => {
    const at = positionsAt('le-van-a', '2024', { dataset });
    expect(
      at.positions.map((position) => [position.title, position.organization, position.current]),
    ).toEqual([['Member', 'ministry-a', true]]);
    expect(positionsAt('le-van-a', '2022', { dataset }).positions).toEqual([]);
  });

  it('check the person and the date', () => {
    expect(() => rankAt('nobody', '2024', { dataset })).toThrow(/no people record has id "nobody"/);
    expect(() => rankAt('le-van-a', 'yesterday', { dataset })).toThrow(/accepted forms/);
  });
});

describe('the rank in force', () => {
  /** The fixture with a meeting of 10 January 2025 at which a page calls Le Van A Senior Lieutenant General (after his promotion to Đại tướng), and, optionally, the conflict about it resolved. */
  function withLaterReport(resolution?: string) {
    const input = fixtureInput() as unknown as {
      meetings: unknown[];
      people: { id: string; ranks: unknown[] }[];
      conflicts: unknown[];
    };
    input.meetings.push({
      id: 'review-2024',
      title: 'Review of 2024',
      kind: 'annual-review',
      date: { edtf: '2025-01-10', evidence: [cited('the dateline', 'Dated 10 January 2025.')] },
      periodReviewed: null,
      coChairs: ['le-van-a'],
      participants: [
        {
          person: 'le-van-a',
          role: 'co-chair',
          rankAsReported: 'Senior Lieutenant General',
          evidence: [cited('the lede', 'Names him Senior Lieutenant General as co-chair.')],
        },
      ],
      sources: ['page'],
      evidence: [cited('the lede', 'Reports the meeting.')],
    });
    input.people
      .find((person) => person.id === 'le-van-a')
      ?.ranks.push({
        rank: 'thuong-tuong',
        asReported: 'Senior Lieutenant General',
        meeting: 'review-2024',
        evidence: [cited('the lede', 'Names him Senior Lieutenant General as co-chair.')],
      });
    input.conflicts.push({
      id: 'le-van-a-rank-2025',
      record: { collection: 'people', id: 'le-van-a' },
      field: 'ranks',
      kind: 'contradiction',
      claims: [
        {
          value: 'Senior Lieutenant General',
          evidence: [cited('the lede', 'Names him Senior Lieutenant General as co-chair.')],
        },
        {
          value: 'Đại tướng',
          evidence: [cited('the headline', 'The page reports his promotion to Đại tướng.')],
        },
      ],
      note: 'The report of January 2025 gives the rank he held before his promotion.',
      resolution: resolution
        ? {
            value: resolution,
            evidence: [cited('the last paragraph', 'Says the promotion was withdrawn.')],
            note: 'Made up for the test: the promotion did not hold.',
          }
        : null,
    });
    return createDataset(input as never, { texts: { article: FIXTURE_TEXT } });
  }

  it('is the latest report where no promotion is known before it', () => {
    // 31 July 2020: "Major General Le Van A" (Thiếu tướng); nothing before it says otherwise.
    const at = rankAt('le-van-a', '2020-08-01', { dataset });
    expect(at).toMatchObject({ rank: 'thieu-tuong', basis: 'report', contradicting: [] });
    expect(at.since?.asOf.edtf).toBe('2020-07-31');
  });

  it('is unsettled when the latest report gives two ranks and no resolution settles them', () => {
    // 9 February 2023: Lieutenant General and Senior Lieutenant General; the conflict is open.
    expect(rankAt('le-van-a', '2023-06-01', { dataset })).toMatchObject({
      rank: null,
      since: null,
      basis: null,
      contradicting: [],
    });
  });

  it('changes with a dated promotion from its date on, whatever the report before it said', () => {
    // Promoted to Đại tướng on 20 October 2024, on a cited page.
    const at = rankAt('le-van-a', '2024-11-15', { dataset });
    expect(at).toMatchObject({ rank: 'dai-tuong', basis: 'promotion', contradicting: [] });
    expect(at.since?.asOf.edtf).toBe('2024-10-20');
    expect(at.ranks).toEqual(['trung-tuong', 'thuong-tuong']); // the latest report's claims, kept
    expect(rankAt('le-van-a', '2024-10-19', { dataset }).rank).toBeNull();
  });

  it('keeps a later report that contradicts the rank in force, which it does not override', () => {
    const at = rankAt('le-van-a', '2025-02-01', { dataset: withLaterReport() });
    expect(at).toMatchObject({ rank: 'dai-tuong', basis: 'promotion' });
    expect(at.contradicting.map((claim) => `${claim.asReported} ${claim.asOf.edtf}`)).toEqual([
      'Senior Lieutenant General 2025-01-10',
    ]);
    expect(at.conflicts.map((conflict) => conflict.id)).toEqual(['le-van-a-rank-2025']);
  });

  it('follows a resolution that settles the later report, over the promotion', () => {
    const at = rankAt('le-van-a', '2025-02-01', {
      dataset: withLaterReport('Senior Lieutenant General'),
    });
    expect(at).toMatchObject({ rank: 'thuong-tuong', basis: 'resolution', contradicting: [] });
    expect(at.since?.asOf.edtf).toBe('2025-01-10');
  });
});
