// The bundled metrics (qualifiers, bounds, groups, running totals), checked against the articles.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { find } from '../../support/find-record.js';

const { metrics } = bundled;

describe('metrics', () => {
  it('quantities keep their qualifiers and bounds: never a false exact', () => {
    const quantity = (id: string) => find(metrics, id).quantity;
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
  });

  it('"27 cases/197 vessels" and "53 delegations/463 foreigners" are pairs of metrics; "up to now" counts are running totals', () => {
    const groupOf = (id: string) => find(metrics, id).group;
    expect(groupOf('annual-review-2024-quang-ninh-foreign-fishing-cases')).toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-fishing-vessels'),
    );
    expect(groupOf('annual-review-2024-quang-ninh-foreign-delegations')).toBe(
      groupOf('annual-review-2024-quang-ninh-foreign-visitors'),
    );
    const households = find(
      metrics,
      'annual-review-2024-quang-ninh-border-self-management-households',
    );
    expect(households.cumulative).toBe(true);
    expect(households.period).toMatchObject({ earliest: null, latest: '2025-01-15' });
  });
});
