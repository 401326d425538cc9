/** Levenshtein edit distance between two strings (code units; ids are ASCII). */
export function editDistance(a: string, b: string): number {
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
 * The candidates closest to `target`: those that start with it first (a truncated id), then those
 * within a third of its length in edits or sharing a hyphen-separated word with it, nearest first;
 * at most `limit`.
 */
export function closestMatches(target: string, candidates: Iterable<string>, limit = 3): string[] {
  const words = new Set(target.split('-'));
  const threshold = Math.max(2, Math.ceil(target.length / 3));
  return [...candidates]
    .map((candidate) => ({
      candidate,
      prefix: target.length > 0 && candidate.startsWith(target),
      distance: editDistance(target, candidate),
      shared: candidate.split('-').some((word) => words.has(word)),
    }))
    .filter(({ prefix, distance, shared }) => prefix || distance <= threshold || shared)
    .sort(
      (a, b) =>
        Number(b.prefix) - Number(a.prefix) ||
        a.distance - b.distance ||
        a.candidate.localeCompare(b.candidate),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** "; did you mean "a" or "b"?" for the closest candidates, or "" when none is close. */
export function didYouMean(target: string, candidates: Iterable<string>, limit = 3): string {
  const close = closestMatches(target, candidates, limit);
  return close.length > 0
    ? `; did you mean ${close.map((candidate) => `"${candidate}"`).join(' or ')}?`
    : '';
}
