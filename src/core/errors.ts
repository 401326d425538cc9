import { type Problem, formatProblem } from './problem.js';
import { shown } from './text.js';

/**
 * The base class of every error this package throws on purpose. Its three subclasses tell the
 * cases apart: {@link InvalidArgumentError}, {@link UnknownIdError}, {@link DatasetValidationError}.
 *
 * @example
 * ```ts
 * import { getRecord, MndMpsError } from 'mnd-mps-coordination';
 * try {
 *   getRecord('meetings', 'annual-review-2022');
 * } catch (error) {
 *   if (error instanceof MndMpsError) console.error(error.message);
 * }
 * ```
 * @category Errors
 */
export class MndMpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * A bad argument: the wrong type, an unsupported value, an unknown option, a date that is not
 * one of the accepted forms, a range that ends before it starts.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError, timeline } from 'mnd-mps-coordination';
 * try {
 *   timeline({ from: '2024', to: '2023' });
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.log(error.argument); // 'to'
 * }
 * ```
 * @category Errors
 */
export class InvalidArgumentError extends MndMpsError {
  /** The name of the argument or option: `id`, `from`, `options.kinds`, ... */
  readonly argument: string;

  constructor(argument: string, reason: string) {
    super(`${argument}: ${reason}`);
    this.argument = argument;
  }
}

/**
 * An id that names no record (nor a retired id) of a collection, with the closest ids that do.
 *
 * @example
 * ```ts
 * import { findRecord, getRecord, UnknownIdError } from 'mnd-mps-coordination';
 * try {
 *   getRecord('meetings', 'annual-review-2031' as never);
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.suggestions); // ['annual-review-2010', 'annual-review-2012', 'annual-review-2013']
 * }
 * findRecord('meetings', 'annual-review-2031'); // undefined, no error
 * ```
 * @category Errors
 */
export class UnknownIdError extends MndMpsError {
  /** The collection searched, or null when every collection was. */
  readonly collection: string | null;
  readonly id: string;
  readonly suggestions: readonly string[];

  constructor(collection: string | null, id: string, suggestions: readonly string[]) {
    const hint =
      suggestions.length > 0 ? `; did you mean ${suggestions.map(shown).join(' or ')}?` : '';
    super(`no ${collection ? `${collection} ` : ''}record has id ${shown(id)}${hint}`);
    this.collection = collection;
    this.id = id;
    this.suggestions = suggestions;
  }
}

/**
 * Records that are not a valid dataset: every problem found (schema violations and
 * whole-dataset rules alike), each with its collection, record id, field path and reason.
 * Nothing is half-accepted.
 *
 * @example
 * ```ts
 * import { DatasetValidationError } from 'mnd-mps-coordination';
 * import { createDataset } from 'mnd-mps-coordination/schemas';
 * try {
 *   createDataset(JSON.parse('{"meetings": [{"id": "Bad Id"}]}'));
 * } catch (error) {
 *   if (error instanceof DatasetValidationError) for (const problem of error.problems) console.log(problem.message);
 * }
 * ```
 * @category Errors
 */
export class DatasetValidationError extends MndMpsError {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const listed = problems.slice(0, 20).map((problem) => `  ${formatProblem(problem)}`);
    const more = problems.length - listed.length;
    if (more > 0) listed.push(`  ... and ${more} more (see .problems)`);
    super([`the dataset has ${problems.length} problem(s):`, ...listed].join('\n'));
    this.problems = problems;
  }
}
