/** Freezes `value` and every object and array inside it, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value))
      if (child !== null && typeof child === 'object') deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
