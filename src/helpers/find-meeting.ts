import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { MeetingRecord } from '../generated/meetings.js';
import { findIn, lookupArguments } from './internal/record-index.js';

/**
 * The meeting with this id, following redirects from retired ids, or `undefined` when there is
 * none. Accepts any string, such as user input; `getMeeting` throws instead.
 *
 * @example
 * ```ts
 * import { findMeeting } from 'mnd-mps-coordination';
 * const meeting = findMeeting('annual-review-2022');
 * if (meeting) console.log(meeting.date.edtf);
 * ```
 * @category Lookups
 */
export function findMeeting(id: string): MeetingRecord | undefined;
export function findMeeting(id: string, dataset: Dataset): RecordOf<'meetings'> | undefined;
export function findMeeting(id: string, dataset?: Dataset): RecordOf<'meetings'> | undefined {
  return findIn(lookupArguments(id, dataset), 'meetings', id);
}
