/** The ids of records by each key they name (each id once per key, sorted): an index built in one pass. */
export function idsByKey<R>(
  records: readonly R[],
  idOf: (record: R) => string | undefined,
  keysOf: (record: R) => readonly string[],
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const record of records) {
    const id = idOf(record);
    if (id === undefined) continue;
    for (const key of new Set(keysOf(record))) {
      const group = groups.get(key);
      if (group) group.push(id);
      else groups.set(key, [id]);
    }
  }
  for (const group of groups.values()) group.sort();
  return groups;
}
