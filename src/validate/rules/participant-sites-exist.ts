import type { Finding, Rule } from '../rule.js';

/** Sites named by participants exist, and site chairs take part in the meeting. */
export const participantSitesExist: Rule = {
  name: 'participant-sites-exist',
  description:
    "A participant's site is one of the meeting's sites (unique by name), and every site chair has a participant entry at the meeting.",
  check(records) {
    const findings: Finding[] = [];
    for (const meeting of records.meetings) {
      const at = (path: (string | number)[], message: string) =>
        findings.push({ collection: 'meetings', id: meeting.id, path, message });
      const names = new Set<string>();
      meeting.sites.forEach((site, index) => {
        if (names.has(site.name))
          at(['sites', index, 'name'], `site "${site.name}" is listed twice`);
        names.add(site.name);
      });
      meeting.participants.forEach((participant, index) => {
        if (participant.site !== undefined && !names.has(participant.site)) {
          at(
            ['participants', index, 'site'],
            `no site of this meeting is named "${participant.site}" (sites: ${[...names].join(', ') || 'none'})`,
          );
        }
      });
      const people = new Set(meeting.participants.map((participant) => participant.person));
      meeting.sites.forEach((site, index) =>
        site.chairs.forEach((chair, inner) => {
          if (!people.has(chair))
            at(
              ['sites', index, 'chairs', inner],
              `chair "${chair}" has no participant entry at this meeting`,
            );
        }),
      );
    }
    return findings;
  },
};
