/** Items grouped by a key (or several keys each), in input order: one pass, linear. */
export function groupBy<T>(
  items: Iterable<T>,
  keys: (item: T) => string | readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const add = (name: string, item: T) => {
    const list = groups.get(name);
    if (list) list.push(item);
    else groups.set(name, [item]);
  };
  for (const item of items) {
    const names = keys(item);
    if (typeof names === 'string') add(names, item);
    else for (const name of new Set(names)) add(name, item);
  }
  return groups;
}

/** The value a map holds under a key: made by `make`, and kept there, the first time it is asked for. */
export function getOrMake<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
