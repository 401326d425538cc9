import { describe, expect, it } from 'vitest';
import { rankAt } from '../../../src/helpers/claims-at.js';
import { meetingStats } from '../../../src/helpers/meeting-stats.js';
import { metricSeries } from '../../../src/helpers/metric-series.js';
import { recordsInPlace } from '../../../src/helpers/places.js';
import { evidenceFor } from '../../../src/helpers/provenance.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('the quotedOnly option, which every helper reads with quotedOnlyIn', () => {
  it('quotedOnly answers from quote-verified facts: a promotion on a cited page does not count', () => {
    // The promotion to Đại tướng (20 October 2024) rests on a cited page: with it, that rank is in
    // force; without it, the latest quoted report (9 February 2023) gives two ranks, unresolved.
    expect(rankAt('le-van-a', '2025-01-01', { dataset })).toMatchObject({
      rank: 'dai-tuong',
      basis: 'promotion',
    });
    expect(rankAt('le-van-a', '2025-01-01', { dataset, quotedOnly: true })).toMatchObject({
      rank: null,
      basis: null,
      ranks: ['trung-tuong', 'thuong-tuong'],
    });
    expect(evidenceFor('meetings', 'review-2022', { dataset, quotedOnly: true })).toHaveLength(5);
    expect(recordsInPlace('quang-ninh', { dataset, quotedOnly: true }).places).toEqual([
      dataset.places.find((place) => place.id === 'quang-ninh'),
    ]);
    expect(
      metricSeries('households', { dataset, quotedOnly: true }).map((point) => point.lower),
    ).toEqual([null]);
    expect(meetingStats({ dataset, by: 'year', quotedOnly: true }).map((row) => row.count)).toEqual(
      [1, 1, 1],
    );
    expect(() => rankAt('le-van-a', '2025', { dataset, quotedOnly: 1 as never })).toThrow(
      /quotedOnly: expected true or false/,
    );
  });
});
