/**
 * Folds text for matching: Unicode NFD, combining marks removed, đ/Đ written d/D (NFD does not
 * decompose them; nor the look-alikes ð/Ð and ɖ/Ɖ often typed in their place) and, unless
 * `keepCase`, lower case.
 */
export function foldText(text: string, keepCase = false): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đðɖ]/g, 'd')
    .replace(/[ĐÐƉ]/g, 'D');
  return keepCase ? folded : folded.toLowerCase();
}

/** Folds text for search: no diacritics, đ as d, no apostrophes, single spaces, lower case. */
export function searchKey(text: string): string {
  return foldText(text)
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that name nothing: "No." and "số" before a number, and English joining words. */
const IGNORED_TERMS = new Set(['no', 'so', 'the', 'of', 'and']);

/** Whether a word is digits only. */
export function isNumber(term: string): boolean {
  for (let index = 0; index < term.length; index += 1) {
    const code = term.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return term.length > 0;
}

/** A number without its leading zeros ("03" is "3"), any other word as it is. */
function withoutLeadingZeros(term: string): string {
  if (!isNumber(term)) return term;
  let start = 0;
  while (start < term.length - 1 && term.charCodeAt(start) === 48) start += 1;
  return term.slice(start);
}

/**
 * The words of a text as search reads them: {@link searchKey}'s folding (no diacritics, đ as d,
 * no apostrophes, lower case), split at anything but a letter or a digit, numbers without their
 * leading zeros, and "no", "số", "the", "of" and "and" left out: "Nghị định số 03/2019/NĐ-CP" is
 * nghi, dinh, 3, 2019, nd, cp. Linear in the text; no expression here can backtrack.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of searchKey(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || IGNORED_TERMS.has(word)) continue;
    terms.push(withoutLeadingZeros(word));
  }
  return terms;
}

/** How much of a value a message echoes. */
const SHOWN_LENGTH = 80;

/**
 * Characters a terminal would act on or hide: C0 and C1 controls (escape sequences among them),
 * direction marks and overrides, and invisible ones (zero-width spaces and joiners, the byte-order
 * mark).
 */
const UNSEEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const escaped = (character: string) =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text as a terminal may print it: the characters it would act on or hide written as \u escapes,
 * line breaks and tabs kept. Everything the CLI prints goes through it.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSEEN, escaped);
}

/**
 * A value as a message shows it: quoted, cut after 80 characters, with control, direction and
 * invisible characters (terminal escape sequences, a zero-width space after an id) written as
 * \u escapes, so that a hostile argument can neither flood nor repaint the terminal that prints
 * the message, and two values that look alike read apart.
 */
export function shown(value: unknown): string {
  if (typeof value !== 'string') {
    const primitive = value === null || ['undefined', 'number', 'boolean'].includes(typeof value);
    if (primitive) return String(value);
    return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  }
  const cut = value.length > SHOWN_LENGTH ? value.slice(0, SHOWN_LENGTH) : value;
  const quoted = cut
    .replace(/["\\]/g, (character) => `\\${character}`)
    .replace(/[\n\t]/g, escaped)
    .replace(UNSEEN, escaped);
  const more = value.length - cut.length;
  return `"${quoted}"${more > 0 ? `… (${more} more characters)` : ''}`;
}

/** Longer strings than this are not compared character by character for suggestions. */
const MAX_COMPARED_LENGTH = 64;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to `target`, at most `limit`: those that start with it first (a
 * truncated id), then those within a third of its length in edits or sharing a hyphenated word
 * with it, nearest first. Linear in the candidates: each comparison is bounded by 64 characters,
 * and a target longer than that is only matched by prefix.
 */
export function closestMatches(target: string, candidates: Iterable<string>, limit = 3): string[] {
  const words = new Set(target.split('-').filter((word) => word.length > 1));
  const threshold = Math.max(2, Math.ceil(target.length / 3));
  const comparable = target.length <= MAX_COMPARED_LENGTH;
  const scored: { candidate: string; prefix: boolean; distance: number }[] = [];
  for (const candidate of candidates) {
    const prefix = target.length > 0 && candidate.startsWith(target);
    const similarLength = Math.abs(candidate.length - target.length) <= threshold;
    const compared = comparable && candidate.length <= MAX_COMPARED_LENGTH && similarLength;
    const distance = compared ? editDistance(target, candidate) : Number.POSITIVE_INFINITY;
    const shared = comparable && candidate.split('-').some((word) => words.has(word));
    if (prefix || distance <= threshold || shared) scored.push({ candidate, prefix, distance });
  }
  return scored
    .sort(
      (a, b) =>
        Number(b.prefix) - Number(a.prefix) ||
        a.distance - b.distance ||
        (a.candidate < b.candidate ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** Orders strings by code unit: ISO days and kebab-case ids sort correctly this way. */
export function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
