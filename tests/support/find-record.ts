/** The record with this id (failing when there is none). */
export const find = <T extends { readonly id: string }>(records: readonly T[], id: string): T => {
  const record = records.find((candidate) => candidate.id === id);
  if (!record) throw new Error(`missing ${id}`);
  return record;
};
