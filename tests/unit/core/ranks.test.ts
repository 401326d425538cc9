import { describe, expect, it } from 'vitest';
import { ranksRenderedAs } from '../../../src/core/ranks.js';

describe('ranks', () => {
  it('maps Vietnamese rank words to one rank and English renderings to one or two', () => {
    expect(ranksRenderedAs('Thượng tướng')).toEqual(['thuong-tuong']);
    expect(ranksRenderedAs('thiếu  tướng')).toEqual(['thieu-tuong']);
    expect(ranksRenderedAs('Colonel')).toEqual(['dai-ta', 'thuong-ta']);
    expect(ranksRenderedAs('Senior General')).toEqual(['dai-tuong']);
    expect(ranksRenderedAs('Admiral')).toEqual([]);
  });
});
