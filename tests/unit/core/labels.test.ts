import { describe, expect, it } from 'vitest';
import { dateLabel, quantityLabel, rankEntries } from '../../../src/core/labels.js';

describe('dateLabel', () => {
  it('writes days, months, quarters, halves and intervals as people read them', () => {
    expect(
      [
        '2018-35',
        '2021-40',
        '2018-41',
        '2022',
        '2014?',
        '2025-01-15',
        '2020-10',
        '../2025-01-15',
        '2021-07/..',
        '2021-33/2021-34',
      ].map(dateLabel),
    ).toEqual([
      'Q3 2018',
      'H1 2021',
      'H2 2018',
      '2022',
      '2014?',
      '15 Jan 2025',
      'Oct 2020',
      'up to 15 Jan 2025',
      'from Jul 2021',
      'Q1 2021 to Q2 2021',
    ]);
  });
});

describe('quantityLabel', () => {
  it('gives the words as reported and, apart, the English reading', () => {
    const exact = { value: 1584, qualifier: 'exact', lower: 1584, upper: 1584 } as const;
    expect(quantityLabel({ ...exact, asReported: '1.584 tổ' }, 'teams')).toBe(
      '1.584 tổ (1,584 teams)',
    );
    expect(
      quantityLabel(
        {
          value: 14000,
          qualifier: 'more-than',
          lower: 14000,
          upper: null,
          asReported: 'hơn 14.000',
        },
        'links',
      ),
    ).toBe('hơn 14.000 (more than 14,000 links)');
    expect(
      quantityLabel(
        { value: null, qualifier: 'magnitude', lower: 100, upper: 999, asReported: 'hàng trăm' },
        'areas',
      ),
    ).toBe('hàng trăm (100 to 999 areas)');
    // Words that are already the reading are not said twice.
    expect(
      quantityLabel(
        {
          value: 200,
          qualifier: 'more-than',
          lower: 200,
          upper: null,
          asReported: 'More than 200',
        },
        'links',
      ),
    ).toBe('more than 200 links');
  });
});

describe('rankEntries', () => {
  it('lists ranks in date order, one entry per code with its spellings and dates under it', () => {
    const claim = (rank: 'trung-tuong' | 'thuong-tuong' | null, asReported: string, edtf: string) =>
      ({ rank, asReported, asOf: { edtf, earliest: edtf.slice(0, 4) + '-07-01' } }) as const;
    expect(
      rankEntries([
        claim('thuong-tuong', 'Thượng tướng', '2022'),
        claim('trung-tuong', 'Trung tướng', '2021'),
        claim('trung-tuong', 'trung tướng', '2020'),
        claim(null, 'General', '2022'),
        claim('thuong-tuong', 'Senior Lieutenant General', '2023'),
      ]),
    ).toEqual([
      {
        rank: 'trung-tuong',
        label: 'Trung tướng',
        spellings: [
          { asReported: 'trung tướng', dates: ['2020'] },
          { asReported: 'Trung tướng', dates: ['2021'] },
        ],
      },
      {
        rank: 'thuong-tuong',
        label: 'Thượng tướng',
        spellings: [
          { asReported: 'Thượng tướng', dates: ['2022'] },
          { asReported: 'Senior Lieutenant General', dates: ['2023'] },
        ],
      },
      { rank: null, label: 'General', spellings: [{ asReported: 'General', dates: ['2022'] }] },
    ]);
  });
});
