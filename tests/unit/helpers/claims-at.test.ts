import { describe, expect, it } from 'vitest';
import { positionsAt, rankAt } from '../../../src/helpers/claims-at.js';
import { fixture } from '../../support/fixture.js';

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
