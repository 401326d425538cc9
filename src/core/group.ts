/** Items grouped by a key (or several keys each), in input order: one pass, linear. */
export function groupBy<T>(
  items: Iterable<T>,
  keys: (item: T) => string | readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const names = keys(item);
    for (const name of typeof names === 'string' ? [names] : new Set(names)) {
      const list = groups.get(name);
      if (list) list.push(item);
      else groups.set(name, [item]);
    }
  }
  return groups;
}
