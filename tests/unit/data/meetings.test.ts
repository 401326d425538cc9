// The bundled meetings, checked against facts worked out by reading the articles (not data/).
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { inferredFacts } from '../../../src/helpers/provenance.js';
import { timeline } from '../../../src/helpers/timeline.js';
import { find } from '../../support/find-record.js';

const inferred = (collection: string, id: string, field: string) =>
  inferredFacts().some(
    (fact) => fact.collection === collection && fact.id === id && fact.field === field,
  );
const { meetings } = bundled;

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
