import { describe, expect, it } from 'vitest';
import { readQuantityWords } from '../../../src/core/quantity-words.js';

const reading = (
  qualifier: string,
  values: number[],
  lower: number | null = null,
  upper: number | null = null,
) => ({
  qualifiers: [qualifier],
  values,
  lower,
  upper,
});

describe('readQuantityWords', () => {
  it.each([
    // Scale words, English and Vietnamese, and compounds of smaller scale.
    ['hơn 3 trăm', 'vi', reading('more-than', [300])],
    ['5 vạn', 'vi', reading('exact', [50_000])],
    ['3 hundred', 'en', reading('exact', [300])],
    ['2 dozen', 'en', reading('exact', [24])],
    ['1 triệu 200 nghìn', 'vi', reading('exact', [1_200_000])],
    ['gần 1,5 triệu', 'vi', reading('nearly', [1_500_000])],
    ['nearly 2.6 million', 'en', reading('nearly', [2_600_000])],
    // Bounds written after the number, and ranges.
    ['100 or more', 'en', reading('at-least', [100])],
    ['100+', 'en', reading('at-least', [100])],
    ['200 trở lên', 'vi', reading('at-least', [200])],
    ['100-200', 'en', reading('between', [], 100, 200)],
    ['100 to 200 people', 'en', reading('between', [], 100, 200)],
    ['từ 100 đến 200', 'vi', reading('between', [], 100, 200)],
    // Digits marked as the language marks them: in Vietnamese "," is the decimal mark.
    ['61,475kg', 'vi', reading('exact', [61.475])],
    ['11,499 m3', 'en', reading('exact', [11_499])],
    ['1.584 tổ', 'vi', reading('exact', [1584])],
    ['358.68 grams of heroin', 'en', reading('exact', [358.68])],
    // Pairs and counted words after the number.
    ['12 vụ/ 26 đối tượng', 'vi', reading('exact', [12, 26])],
    ['2,331 cases/3,129 subjects', 'en', reading('exact', [2331, 3129])],
    ['Gần 3.000 đại biểu', 'vi', reading('nearly', [3000])],
    ['hàng ngàn lượt', 'vi', reading('magnitude', [], 1000, 9999)],
  ])('reads %s (%s) whole', (words, language, expected) =>
    expect(readQuantityWords(words, language)).toEqual(expected),
  );

  it.each([
    ['1e21', 'numbers are written in digits, not with an exponent'],
    ['1 triệu 200', 'needs its own scale word'],
    ['200 1 nghìn', 'does not make one number'],
    ['1.5.6,7,8', 'two decimal marks'],
    ['many', 'a number, "more than 100"'],
    ['từ 100', '"từ" (from) opens a range'],
    ['more than 100 or more', 'already qualified'],
  ])('refuses %s rather than read part of it', (words, why) => {
    const result = readQuantityWords(words, 'vi');
    expect(typeof result).toBe('string');
    expect(result).toContain(why);
  });
});
