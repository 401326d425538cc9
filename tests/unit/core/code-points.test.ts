import { describe, expect, it } from 'vitest';
import { codePointText, findQuote, sliceCodePoints } from '../../../src/core/code-points.js';

describe('code points', () => {
  it('slice and find by code point, astral characters counting one', () => {
    const text = codePointText('a\u{1F600}b NĐ a\u{1F600}b');
    expect(text.length).toBe(10);
    expect(sliceCodePoints(text, 1, 3)).toBe('\u{1F600}b');
    expect(findQuote(text, 'a\u{1F600}b')).toEqual([0, 7]);
    expect(findQuote(text, 'zzz')).toEqual([]);
  });

  it('find and slice far into a long text, across its checkpoints, as [...text] counts', () => {
    // 3,000 astral characters then words: offsets past several checkpoints of 1,024 code points.
    const raw = `${'\u{1F600}'.repeat(3000)} quoted words ${'x'.repeat(5000)} end`;
    const text = codePointText(raw);
    const points = [...raw];
    expect(text.length).toBe(points.length);
    const [at] = findQuote(text, 'quoted words');
    expect(at).toBe(3001);
    expect(sliceCodePoints(text, 3001, 3013)).toBe(points.slice(3001, 3013).join(''));
    expect(sliceCodePoints(text, 8014, 8020)).toBe(points.slice(8014, 8020).join(''));
    expect(findQuote(text, 'end')).toEqual([points.length - 3]);
  });
});
