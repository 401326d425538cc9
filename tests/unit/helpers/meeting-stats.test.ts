import { describe, expect, it } from 'vitest';
import { coChairPairs, coChairTerms, meetingStats } from '../../../src/helpers/meeting-stats.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('meetingStats', () => {
  it('count meetings by year, kind, person and document', () => {
    expect(meetingStats({ dataset, by: 'year' }).map((row) => [row.key, row.meetings])).toEqual([
      ['2020', ['review-2020-h1']],
      ['2021', ['review-2021']],
      ['2023', ['review-2022']],
    ]);
    expect(meetingStats({ dataset, by: 'kind' }).map((row) => [row.key, row.count])).toEqual([
      ['annual-review', 2],
      ['semiannual-review', 1],
    ]);
    expect(
      meetingStats({ dataset, by: 'person' }).map((row) => [row.key, row.label, row.count]),
    ).toEqual([
      ['le-van-a', 'Le Van A', 2],
      ['tran-thi-b', 'Tran Thi B', 2],
    ]);
    expect(
      meetingStats({ dataset, by: 'document', from: '2021' }).map((row) => [row.key, row.meetings]),
    ).toEqual([['decree-03', ['review-2022']]]);
  });
});

describe('coChairPairs', () => {
  it('pair the co-chairs of each meeting', () => {
    expect(coChairPairs({ dataset })).toEqual([
      {
        people: ['le-van-a', 'tran-thi-b'],
        names: ['Le Van A', 'Tran Thi B'],
        count: 2,
        meetings: ['review-2020-h1', 'review-2022'],
      },
    ]);
    expect(coChairPairs({ dataset, to: '2021' })[0]?.meetings).toEqual(['review-2020-h1']);
  });
});

describe('coChairTerms', () => {
  it('gives each co-chair a term per body they co-chaired for, with its first and last meeting', () => {
    // Le Van A co-chaired on 31 July 2020 (no position given there) and on 9 February 2023 (as a
    // member of Ministry A, a ministry); Tran Thi B co-chaired both, with no position given.
    expect(
      coChairTerms({ dataset }).map((term) => [
        term.person,
        term.organization,
        term.first.date.edtf,
        term.last.date.edtf,
        term.meetings,
      ]),
    ).toEqual([
      ['le-van-a', null, '2020-07-31', '2020-07-31', ['review-2020-h1']],
      ['tran-thi-b', null, '2020-07-31', '2023-02-09', ['review-2020-h1', 'review-2022']],
      ['le-van-a', 'ministry-a', '2023-02-09', '2023-02-09', ['review-2022']],
    ]);
  });

  it('takes the meeting filter: national meetings by default, others when asked', () => {
    expect(coChairTerms({ dataset, level: 'province' })).toEqual([]);
    // From 2023 there is one meeting; its co-chairs come in the order the record lists them.
    expect(coChairTerms({ dataset, from: '2023' }).map((term) => term.name)).toEqual([
      'Le Van A',
      'Tran Thi B',
    ]);
    expect(() => coChairTerms({ dataset, level: 'planet' as never })).toThrow(/level: expected/);
  });
});
