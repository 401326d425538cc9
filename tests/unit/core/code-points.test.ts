import { describe, expect, it } from 'vitest';
import { codePointText, findQuote, sliceCodePoints } from '../../../src/core/code-points.js';

describe('code points', () => {
  it('slice and find by code point, astral characters counting one', () => {
    const text = codePointText('a\u{1F600}b NĐ a\u{1F600}b');
    expect(text.points).toHaveLength(10);
    expect(sliceCodePoints(text, 1, 3)).toBe('\u{1F600}b');
    expect(findQuote(text, 'a\u{1F600}b')).toEqual([0, 7]);
    expect(findQuote(text, 'zzz')).toEqual([]);
  });
});
