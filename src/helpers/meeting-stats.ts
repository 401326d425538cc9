import type { Ids } from '../core/collections.js';
import { calendarYear } from '../core/dates.js';
import { compareStrings } from '../core/text.js';
import { groupBy } from '../core/group.js';
import { oneOf } from '../core/options.js';
import type { BundledIds } from '../generated/ids.js';
import type { Meeting } from '../schemas/collections.js';
import { type DatasetOption, helperOptions, keptUnlessFiltered } from './common.js';
import { MEETING_FILTER_KEYS, type MeetingFilter, meetingsMatching, peopleAt } from './filters.js';

/**
 * What {@link meetingStats} counts meetings by.
 *
 * @example
 * ```ts
 * import type { MeetingGrouping } from 'mnd-mps-coordination';
 * const by: MeetingGrouping = 'person';
 * ```
 * @category Aggregations
 */
export type MeetingGrouping = 'year' | 'kind' | 'person' | 'document';

/**
 * How many meetings share a year, kind, person or document, and which.
 *
 * @example
 * ```ts
 * import { meetingStats, type MeetingCount } from 'mnd-mps-coordination';
 * const rows: readonly MeetingCount[] = meetingStats({ by: 'kind' });
 * ```
 * @category Aggregations
 */
export interface MeetingCount<I extends Ids = BundledIds> {
  /** The year ("2023", "multi-year" when the date spans years), kind, person id or document id. */
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** The meetings' ids, earliest first. */
  readonly meetings: readonly I['meetings'][];
}

const GROUPINGS: readonly MeetingGrouping[] = ['year', 'kind', 'person', 'document'];
const COUNTS = Symbol('meeting counts');

/**
 * Counts meetings (narrowed by the {@link MeetingFilter} options) by year, kind, person (everyone
 * who chaired or attended) or document. Years and kinds come in key order; people and documents
 * most frequent first.
 *
 * @example
 * ```ts
 * import { meetingStats } from 'mnd-mps-coordination';
 * for (const row of meetingStats({ by: 'person', from: '2020' })) console.log(row.label, row.count);
 * ```
 * @category Aggregations
 */
export function meetingStats<I extends Ids = BundledIds>(
  options: { readonly by: MeetingGrouping } & MeetingFilter<I> & DatasetOption<I>,
): readonly MeetingCount<I>[] {
  const given = helperOptions(options, ['by', ...MEETING_FILTER_KEYS]);
  const by = oneOf(given.by, GROUPINGS, 'by');
  const { dataset } = given;
  const keysOf: Record<MeetingGrouping, (meeting: Meeting<I>) => string | readonly string[]> = {
    year: (meeting) => calendarYear(meeting.date) ?? 'multi-year',
    kind: (meeting) => meeting.kind,
    person: (meeting) => peopleAt(dataset, meeting),
    document: (meeting) => meeting.documents,
  };
  const labelOf = (key: string) => {
    if (by === 'person') return dataset.find('people', key)?.name ?? key;
    if (by === 'document') return dataset.find('documents', key)?.title ?? key;
    return key;
  };
  const count = () => {
    const groups = groupBy(meetingsMatching(dataset, given), keysOf[by]);
    const byCount = by === 'person' || by === 'document';
    return [...groups]
      .map(([key, meetings]) => {
        const ids = meetings.map((meeting) => meeting.id);
        return { key, label: labelOf(key), count: ids.length, meetings: ids };
      })
      .sort((a, b) => (byCount ? b.count - a.count : 0) || compareStrings(a.key, b.key));
  };
  return keptUnlessFiltered(given, MEETING_FILTER_KEYS, COUNTS, by, count);
}
