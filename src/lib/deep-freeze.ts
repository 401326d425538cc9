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
    // Plain loops over the children that are objects (for...in: the values frozen here are plain
    // records, with nothing enumerable inherited); datasets freeze every record this way.
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const child: unknown = value[index];
        if (child !== null && typeof child === 'object') deepFreeze(child);
      }
    } else {
      for (const key in value) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') deepFreeze(child);
      }
    }
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
