import { InvalidArgumentError } from './errors.js';
import { closestMatches, shown } from './text.js';

/**
 * Checks a helper's options object: absent is `{}`; anything but a plain object, or a key the
 * helper does not know (a misspelt filter would otherwise be ignored and every record returned),
 * is an {@link InvalidArgumentError}.
 */
export function readOptions<K extends string>(
  options: unknown,
  keys: readonly K[],
  argument = 'options',
): { readonly [Key in K]?: unknown } {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new InvalidArgumentError(argument, `expected an object, got ${shown(options)}`);
  const unknown = Object.keys(options).find((key) => !(keys as readonly string[]).includes(key));
  if (unknown !== undefined) {
    const [close] = closestMatches(unknown, keys, 1);
    const hint = close === undefined ? '' : `; did you mean "${close}"?`;
    const message = `unknown option ${shown(unknown)}${hint} (options: ${keys.join(', ')})`;
    throw new InvalidArgumentError(argument, message);
  }
  return options as { readonly [Key in K]?: unknown };
}

/** Throws an {@link InvalidArgumentError} naming the argument, what it should be and what it is, unless `valid`. */
export function ensure(
  valid: boolean,
  argument: string,
  expected: string,
  value: unknown,
): asserts valid {
  if (!valid) throw new InvalidArgumentError(argument, `expected ${expected}, got ${shown(value)}`);
}

/** Checks that an argument is one of the allowed strings. */
export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  argument: string,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new InvalidArgumentError(
    argument,
    `expected one of ${allowed.join(', ')}, got ${shown(value)}`,
  );
}

/** Checks that an argument is a string. */
export function aString(value: unknown, argument: string): string {
  ensure(typeof value === 'string', argument, 'a string', value);
  return value;
}

/** Checks that an optional argument is true or false: returns it, undefined when it is absent. */
export function aBoolean(value: unknown, argument: string): boolean | undefined {
  ensure(value === undefined || typeof value === 'boolean', argument, 'true or false', value);
  return value;
}
