import { InvalidArgumentError } from '../../errors/invalid-argument-error.js';

/** The options object a helper received: `{}` when omitted; an error when it is not an object. */
export function optionsArgument<T extends object>(
  options: T | undefined | null,
  argument = 'options',
): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new InvalidArgumentError(
      argument,
      `expected an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`,
    );
  return options;
}
