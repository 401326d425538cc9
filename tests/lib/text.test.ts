import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/lib/canonical-json.js';
import { closestMatches, editDistance } from '../../src/lib/closest.js';
import {
  codePointLength,
  codePointOccurrences,
  codePointSlice,
} from '../../src/lib/code-points.js';
import { foldText } from '../../src/lib/fold-text.js';

describe('code points', () => {
  const text = 'a\u{1F600}b NĐ a\u{1F600}b';
  it('counts and slices by code point', () => {
    expect(codePointLength(text)).toBe(10);
    expect(codePointSlice(text, 1, 3)).toBe('\u{1F600}b');
    expect(codePointOccurrences(text, 'a\u{1F600}b')).toEqual([0, 7]);
    expect(codePointOccurrences(text, 'zzz')).toEqual([]);
  });
});

describe('foldText', () => {
  it('removes diacritics, writes đ as d and lowers case', () => {
    expect(foldText('Nguyễn Tân Cương')).toBe('nguyen tan cuong');
    expect(foldText('03/2019/NĐ-CP')).toBe('03/2019/nd-cp');
    expect(foldText('Đại tướng', { keepCase: true })).toBe('Dai tuong');
  });
});

describe('closest ids', () => {
  it('measures edits and ranks near ids first', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(
      closestMatches('link-removed', [
        'links-removed',
        'drug-cases-fought',
        'peak-plans-carried-out',
      ]),
    ).toEqual(['links-removed']);
    expect(closestMatches('zzz', ['links-removed'])).toEqual([]);
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});
