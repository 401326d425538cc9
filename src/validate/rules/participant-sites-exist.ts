import type { Rule } from '../rule.js';

/**
 * A participant's site is one of the meeting's sites (unique by name), and every site chair has a
 * participant entry at the meeting.
 */
export const participantSitesExist: Rule = {
  name: 'participant-sites-exist',
  check(records, _context, report) {
    for (const meeting of records.meetings) {
      const names = new Set<string>();
      meeting.sites.forEach((site, index) => {
        if (names.has(site.name))
          report(
            'meetings',
            meeting.id,
            ['sites', index, 'name'],
            `site "${site.name}" is listed twice`,
          );
        names.add(site.name);
      });
      meeting.participants.forEach(({ site }, index) => {
        if (site !== undefined && !names.has(site))
          report(
            'meetings',
            meeting.id,
            ['participants', index, 'site'],
            `no site of this meeting is named "${site}" (sites: ${[...names].join(', ') || 'none'})`,
          );
      });
      const people = new Set(meeting.participants.map((participant) => participant.person));
      meeting.sites.forEach((site, index) =>
        site.chairs.forEach((chair, inner) => {
          if (!people.has(chair))
            report(
              'meetings',
              meeting.id,
              ['sites', index, 'chairs', inner],
              `chair "${chair}" has no participant entry at this meeting`,
            );
        }),
      );
    }
  },
};
