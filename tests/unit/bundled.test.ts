import { describe, expect, it } from 'vitest';
import { bundled } from '../../src/bundled.js';

describe('the bundled records', () => {
  it('are deeply frozen', () => {
    const check = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const child of Object.values(value)) check(child);
    };
    check(bundled);
    expect(() => {
      'use strict';
      (bundled.meetings[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });
});
