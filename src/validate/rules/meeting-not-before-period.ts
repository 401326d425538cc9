import type { Rule } from '../rule.js';

/**
 * A meeting that reviews a period is dated no earlier than the period starts: its earliest possible
 * day is on or after the first day of the period reviewed.
 */
export const meetingNotBeforePeriod: Rule = {
  name: 'meeting-not-before-period',
  check(records, _context, report) {
    for (const meeting of records.meetings) {
      const start = meeting.periodReviewed?.earliest;
      if (start && meeting.date.earliest < start)
        report(
          'meetings',
          meeting.id,
          ['date', 'edtf'],
          `"${meeting.date.edtf}" may fall on ${meeting.date.earliest}, before the period it reviews (${meeting.periodReviewed?.edtf}) starts on ${start}; narrow the date`,
        );
    }
  },
};
