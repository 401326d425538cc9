import { describe, expect, it } from 'vitest';
import { QuantitySchema } from '../../src/schemas/quantity.js';
import { issuesOf } from '../helpers/issues.js';

const q = (
  value: number | null,
  qualifier: string,
  lower: number | null,
  upper: number | null,
) => ({ value, qualifier, lower, upper, asReported: 'as written' });

describe('QuantitySchema', () => {
  it.each([
    ['exact', q(315, 'exact', 315, 315)],
    ['more-than', q(13000, 'more-than', 13000, null)],
    ['over', q(700, 'over', 700, null)],
    ['at-least', q(5, 'at-least', 5, null)],
    ['nearly', q(10000, 'nearly', null, 10000)],
    ['about', q(50, 'about', null, null)],
    ['about with bounds', q(50, 'about', 40, 60)],
    ['up-to', q(20, 'up-to', null, 20)],
    ['magnitude', q(null, 'magnitude', 100, 999)],
  ])('accepts %s', (_name, quantity) => expect(issuesOf(QuantitySchema, quantity)).toEqual([]));

  it.each([
    [
      'an exact count whose bounds differ from its value',
      q(315, 'exact', 300, 315),
      'lower: for "exact", lower must be the value (315), not 300',
    ],
    [
      '"more than" with an upper bound',
      q(100, 'more-than', 100, 200),
      'upper: for "more-than", upper must be null (open), not 200',
    ],
    [
      '"over" whose lower bound is not its value',
      q(700, 'over', 701, null),
      'lower: for "over", lower must be the value (700), not 701',
    ],
    [
      '"nearly" with a lower bound',
      q(10000, 'nearly', 9000, 10000),
      'lower: for "nearly", lower must be null (open), not 9000',
    ],
    [
      '"about" with a lower bound above the value',
      q(50, 'about', 60, null),
      'lower: for "about", lower must be null or at most the value (50), not 60',
    ],
    [
      '"about" with an upper bound below the value',
      q(50, 'about', null, 40),
      'upper: for "about", upper must be null or at least the value (50), not 40',
    ],
    [
      '"up to" whose upper bound is not its value',
      q(20, 'up-to', null, 25),
      'upper: for "up-to", upper must be the value (20), not 25',
    ],
    [
      'a magnitude with a number',
      q(300, 'magnitude', 100, 999),
      'value: a "magnitude" quantity has no number: value must be null',
    ],
    [
      'a magnitude without bounds',
      q(null, 'magnitude', 100, null),
      'upper: for "magnitude", upper must be given, not null',
    ],
    [
      'a magnitude whose bounds are reversed',
      q(null, 'magnitude', 999, 100),
      'upper: lower (999) must not exceed upper (100)',
    ],
    [
      'a qualified number with no number',
      q(null, 'more-than', null, null),
      'value: a "more-than" quantity needs the number as written',
    ],
  ])('rejects %s', (_name, quantity, message) =>
    expect(issuesOf(QuantitySchema, quantity)).toContain(message),
  );

  it('rejects negative counts', () => {
    expect(issuesOf(QuantitySchema, q(-1, 'exact', -1, -1)).length).toBeGreaterThan(0);
  });
});
