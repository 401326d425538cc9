import { describe, expect, it } from 'vitest';
import { coChairPairs } from '../../../src/helpers/co-chair-pairs.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

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
