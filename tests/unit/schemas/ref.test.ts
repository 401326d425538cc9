import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../../src/schemas/ref.js';

describe('IdSchema', () => {
  it('ids are kebab-case', () => {
    for (const id of ['decree-03-2019-nd-cp', 'a', '2018-q3'])
      expect(IdSchema.safeParse(id).success, id).toBe(true);
    for (const id of ['Decree-03', 'decree_03', '-lead', 'trail-', 'double--hyphen', ''])
      expect(IdSchema.safeParse(id).success, id).toBe(false);
  });
});
