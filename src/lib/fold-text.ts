/**
 * Folds text for matching: Unicode NFD, combining marks removed, đ/Đ written d/D (NFD does not
 * decompose them; nor the look-alikes ð/Ð and ɖ/Ɖ often typed in their place), and, unless
 * `keepCase` is set, lower case.
 */
export function foldText(text: string, options: { keepCase?: boolean } = {}): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đðɖ]/g, 'd')
    .replace(/[ĐÐƉ]/g, 'D');
  return options.keepCase ? folded : folded.toLowerCase();
}
