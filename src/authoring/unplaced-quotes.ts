import type { FieldPath, Problem } from '../dataset/problem.js';
import { locateQuote } from './locate-quote.js';
import type { AuthoredFile } from './read-data-folder.js';

/** Every evidence object of a raw record whose offsets are missing, with its path. */
function unplaced(
  value: unknown,
  path: FieldPath = [],
): { path: FieldPath; source: string; quote: string; start: unknown }[] {
  if (value === null || typeof value !== 'object') return [];
  const candidate = value as Record<string, unknown>;
  if (typeof candidate.source === 'string' && typeof candidate.quote === 'string') {
    return typeof candidate.start === 'number' && typeof candidate.end === 'number'
      ? []
      : [{ path, source: candidate.source, quote: candidate.quote, start: candidate.start }];
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => unplaced(child, [...path, key]));
}

/**
 * Problems for evidence written without offsets, saying where the quote is (or that it occurs
 * more than once and which occurrences there are, or that it is not in the text), so that the
 * curator can fix it; and the paths whose schema messages ("start: required") they replace.
 */
export function unplacedQuotes(
  file: AuthoredFile,
  texts: ReadonlyMap<string, string>,
): { problems: Problem[]; paths: FieldPath[] } {
  const problems: Problem[] = [];
  const paths: FieldPath[] = [];
  for (const item of unplaced(file.value)) {
    const text = texts.get(item.source);
    if (text === undefined) continue;
    const location = locateQuote(text, item.quote, item.start);
    const message =
      location.kind === 'found'
        ? `the quote has no offsets; it is at ${location.start}-${location.end} in ${item.source} (npm run data:evidence -- --fix writes them)`
        : location.kind === 'ambiguous'
          ? `the quote occurs ${location.starts.length} times in ${item.source} (start = ${location.starts.join(', ')}) and no start says which: set start to the one meant`
          : `quote "${item.quote}" is not in the text of ${item.source}`;
    problems.push({ rule: 'evidence-quotes-match', path: item.path, message });
    paths.push(item.path);
  }
  return { problems, paths };
}
