// The bundled people and their ranks as written, checked against what the articles say.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { find } from '../../support/find-record.js';

const { people, conflicts } = bundled;

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
