import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../src/cli/command.js';

describe('tables', () => {
  it('underline each header, pad columns, and cut long cells only when asked', () => {
    expect(
      formatTable(
        ['id', 'name'],
        [
          ['a-long-id', 'Ann'],
          ['b', 'Bob'],
        ],
      ),
    ).toBe(['id         name', '--         ----', 'a-long-id  Ann', 'b          Bob'].join('\n'));
    expect(formatTable(['x'], [['abcdef']], 4)).toBe(['x', '-', 'abc…'].join('\n'));
    expect(formatTable(['x'], [])).toBe('(none)');
  });
});
