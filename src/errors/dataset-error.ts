/**
 * The base class of every error this package throws on purpose, so callers can catch them all.
 *
 * @example
 * ```ts
 * import { DatasetError, getMeeting } from 'mnd-mps-coordination';
 * try {
 *   getMeeting('annual-review-2022');
 * } catch (error) {
 *   if (error instanceof DatasetError) console.error(error.message);
 * }
 * ```
 * @category Errors
 */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
