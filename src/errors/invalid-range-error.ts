import { DatasetError } from './dataset-error.js';

/**
 * Thrown when a range ends before it starts.
 *
 * @example
 * ```ts
 * import { InvalidRangeError, timeline } from 'mnd-mps-coordination';
 * try {
 *   timeline({ from: '2024', to: '2023' });
 * } catch (error) {
 *   if (error instanceof InvalidRangeError) console.log(error.message);
 * }
 * ```
 * @category Errors
 */
export class InvalidRangeError extends DatasetError {
  readonly start: string;
  readonly end: string;

  constructor(start: string, end: string) {
    super(`the range ends (${end}) before it starts (${start})`);
    this.start = start;
    this.end = end;
  }
}
