import type { RecordOf } from '../dataset/collections.js';
import type { Dataset } from '../dataset/dataset.js';
import type { MeetingId, MeetingRecord, RetiredMeetingId } from '../generated/meetings.js';
import { getIn, lookupArguments } from './internal/record-index.js';

/**
 * The meeting with this id, following redirects from retired ids. Throws `UnknownIdError` (naming
 * the collection, the id and the closest existing ids) when there is none; use `findMeeting` to get
 * `undefined` instead. O(1) after the first lookup in a dataset.
 *
 * @example
 * ```ts
 * import { getMeeting } from 'mnd-mps-coordination';
 * const meeting = getMeeting('annual-review-2022');
 * console.log(meeting.date.edtf);
 * ```
 * @category Lookups
 */
export function getMeeting(id: MeetingId | RetiredMeetingId): MeetingRecord;
export function getMeeting(id: string, dataset: Dataset): RecordOf<'meetings'>;
export function getMeeting(id: string, dataset?: Dataset): RecordOf<'meetings'> {
  return getIn(lookupArguments(id, dataset), 'meetings', id);
}
