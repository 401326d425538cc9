import { type Problem, formatProblem } from '../dataset/problem.js';
import { DatasetError } from './dataset-error.js';

/**
 * Thrown by `createDataset` when the input is invalid. Lists every problem found (schema
 * violations and whole-dataset rules alike), each with its collection, record id, field path and
 * reason; nothing is half-accepted.
 *
 * @example
 * ```ts
 * import { createDataset, DatasetValidationError } from 'mnd-mps-coordination';
 * try {
 *   createDataset(JSON.parse('{"meetings": [{"id": "Bad Id"}]}'));
 * } catch (error) {
 *   if (error instanceof DatasetValidationError) for (const problem of error.problems) console.log(problem.path, problem.message);
 * }
 * ```
 * @category Errors
 */
export class DatasetValidationError extends DatasetError {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 20).map((problem) => `  ${formatProblem(problem)}`);
    const more =
      problems.length > shown.length
        ? [`  ... and ${problems.length - shown.length} more (see .problems)`]
        : [];
    super([`the dataset has ${problems.length} problem(s):`, ...shown, ...more].join('\n'));
    this.problems = problems;
  }
}
