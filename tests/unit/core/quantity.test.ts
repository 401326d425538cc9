import { describe, expect, it } from 'vitest';
import { quantityIssues } from '../../../src/core/quantity.js';

describe('quantities', () => {
  const q = (
    value: number | null,
    qualifier: string,
    lower: number | null,
    upper: number | null,
  ) => ({ value, qualifier, lower, upper });

  it.each([
    q(315, 'exact', 315, 315),
    q(13000, 'more-than', 13000, null),
    q(10000, 'nearly', null, 10000),
    q(50, 'about', 40, 60),
    q(null, 'magnitude', 100, 999),
  ])('accepts %o', (quantity) => expect(quantityIssues(quantity)).toEqual([]));

  it.each([
    [q(315, 'exact', 300, 315), 'lower: for "exact", lower must be the value (315), not 300'],
    [q(100, 'more-than', 100, 200), 'upper: for "more-than", upper must be null (open), not 200'],
    [
      q(50, 'about', 60, null),
      'lower: for "about", lower must be null or at most the value (50), not 60',
    ],
    [q(5, 'magnitude', 1, 9), 'value: a "magnitude" quantity has no number: value must be null'],
    [q(null, 'exact', 1, 1), 'value: a "exact" quantity needs the number as written'],
    [
      q(Number.POSITIVE_INFINITY, 'exact', 1, 1),
      'value: must be a finite count of 0 or more, or null; got Infinity',
    ],
    [
      q(1, 'roughly', 1, 1),
      'qualifier: expected one of exact, more-than, over, at-least, nearly, about, up-to, magnitude, between, got "roughly"',
    ],
  ])('rejects %o', (quantity, message) =>
    expect(quantityIssues(quantity).map((issue) => `${issue.field}: ${issue.message}`)).toContain(
      message,
    ),
  );
});
