import { describe, expect, it } from 'vitest';
import { closestMatches, foldText, searchKey, shown } from '../../../src/core/text.js';

describe('text', () => {
  it('folds diacritics and đ for matching', () => {
    expect(foldText('Nguyễn Tân Cương')).toBe('nguyen tan cuong');
    expect(foldText('Đại tướng', true)).toBe('Dai tuong');
    expect(searchKey("  Trần   Quốc  Tỏ's ")).toBe('tran quoc tos');
  });

  it('shows a hostile value quoted, escaped and cut', () => {
    expect(shown('\u001b[31mred\u001b[0m')).toBe('"\\u001b[31mred\\u001b[0m"');
    expect(shown('\u009b2J')).toBe('"\\u009b2J"');
    expect(shown('a'.repeat(1000))).toBe(`"${'a'.repeat(80)}"… (920 more characters)`);
    expect(shown(undefined)).toBe('undefined');
    expect(shown({})).toBe('a object');
  });

  it('suggests close ids, prefixes first, bounded for long input', () => {
    expect(closestMatches('link-removed', ['links-removed', 'drug-cases-fought'])).toEqual([
      'links-removed',
    ]);
    expect(
      closestMatches('annual-review', ['annual-review-2022', 'annual-review-2024', 'other']),
    ).toEqual(['annual-review-2022', 'annual-review-2024']);
    expect(closestMatches('zzz', ['links-removed'])).toEqual([]);
    expect(closestMatches('a'.repeat(100_000), ['a', 'b'])).toEqual([]);
  });
});
