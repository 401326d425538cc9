/**
 * A value and everything inside it, read-only.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from 'mnd-mps-coordination/data';
 * type Frozen = DeepReadonly<{ tags: string[] }>; // { readonly tags: readonly string[] }
 * ```
 * @category Records
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

/** Freezes `value` and every object and array inside it, and returns it. */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
