import { DatasetError } from './dataset-error.js';

/**
 * Thrown when a date argument is not a valid `Date` or a date string of the supported forms
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, quarters `YYYY-33`..`36`, halves `YYYY-40`/`41`).
 *
 * @example
 * ```ts
 * import { InvalidDateError, timeline } from 'mnd-mps-coordination';
 * try {
 *   timeline({ from: '2023-02-30' });
 * } catch (error) {
 *   if (error instanceof InvalidDateError) console.log(error.argument); // 'from'
 * }
 * ```
 * @category Errors
 */
export class InvalidDateError extends DatasetError {
  /** The name of the argument that held the date. */
  readonly argument: string;
  readonly value: unknown;

  constructor(argument: string, value: unknown, reason: string) {
    super(`${argument}: ${reason}`);
    this.argument = argument;
    this.value = value;
  }
}
