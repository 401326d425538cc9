import { describe, expect, it } from 'vitest';
import { plainCopy } from '../../../src/validate/schema-problems.js';

describe('plainCopy', () => {
  it('copies plain data, each property read once, sharing nothing with what it was given', () => {
    let reads = 0;
    const given = {
      id: 'x',
      list: [1, 'two', null, true, { deep: [] }],
      get counted() {
        reads += 1;
        return reads;
      },
    };
    const { copy, notPlain } = plainCopy(given);
    expect(notPlain).toBeNull();
    expect(copy).toEqual({ id: 'x', list: [1, 'two', null, true, { deep: [] }], counted: 1 });
    expect(reads).toBe(1);
    expect((copy as { list: unknown }).list).not.toBe(given.list);
  });

  it('says where the value stops being plain data, and what is there', () => {
    expect(plainCopy({ a: [0, { at: new Date(0) }] }).notPlain).toEqual({
      path: ['a', 1, 'at'],
      is: 'a Date',
    });
    expect(plainCopy({ f: () => 1 }).notPlain).toEqual({ path: ['f'], is: 'a function' });
    expect(plainCopy([1, 2n]).notPlain).toEqual({ path: [1], is: 'a bigint' });
    expect(plainCopy({ m: new Map() }).notPlain).toEqual({ path: ['m'], is: 'a Map' });
  });

  it('refuses a cycle as nesting deeper than evidence is looked for, instead of overflowing the stack', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const { notPlain } = plainCopy({ loop });
    expect(notPlain?.is).toBe('nested more than 64 levels deep (is there a cycle?)');
    expect(notPlain?.path).toHaveLength(64);
  });
});
