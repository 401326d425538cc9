import { describe, expect, it } from 'vitest';
import { meetingStats } from '../../../src/helpers/meeting-stats.js';
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
