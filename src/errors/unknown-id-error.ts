import type { CollectionName } from '../schemas/conflict.js';
import { DatasetError } from './dataset-error.js';

/**
 * Thrown when an id names no record (nor redirect) in a collection. Carries the closest existing
 * ids as suggestions.
 *
 * @example
 * ```ts
 * import { findMeeting, getMeeting, UnknownIdError } from 'mnd-mps-coordination';
 * try {
 *   getMeeting('annual-review-2023' as never);
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.suggestions); // ['annual-review-2022', ...]
 * }
 * findMeeting('annual-review-2023'); // undefined, no error
 * ```
 * @category Errors
 */
export class UnknownIdError extends DatasetError {
  /** The collection searched, or null when every collection was. */
  readonly collection: CollectionName | null;
  readonly id: string;
  readonly suggestions: readonly string[];

  constructor(collection: CollectionName | null, id: string, suggestions: readonly string[]) {
    const hint =
      suggestions.length > 0
        ? `; did you mean ${suggestions.map((suggestion) => `"${suggestion}"`).join(' or ')}?`
        : '';
    super(`no ${collection ?? ''}${collection ? ' ' : ''}record has id "${id}"${hint}`);
    this.collection = collection;
    this.id = id;
    this.suggestions = suggestions;
  }
}
