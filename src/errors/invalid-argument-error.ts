import { DatasetError } from './dataset-error.js';

/**
 * Thrown when an argument has the wrong type or an unsupported value (a number where an id is
 * expected, an unknown grouping), typically from JavaScript callers.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError, searchPeople } from 'mnd-mps-coordination';
 * try {
 *   searchPeople(42 as unknown as string);
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.log(error.argument); // 'query'
 * }
 * ```
 * @category Errors
 */
export class InvalidArgumentError extends DatasetError {
  readonly argument: string;

  constructor(argument: string, reason: string) {
    super(`${argument}: ${reason}`);
    this.argument = argument;
  }
}
