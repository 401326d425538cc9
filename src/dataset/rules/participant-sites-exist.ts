import type { Finding, Rule } from '../rule.js';

/** Sites named by participants exist, and site chairs take part in the meeting. */
export const participantSitesExist: Rule = {
  name: 'participant-sites-exist',
  description:
    "A participant's site is one of the meeting's sites (unique by name), and every site chair has a participant entry at the meeting.",
  check(dataset) {
    const findings: Finding[] = [];
    for (const meeting of dataset.meetings) {
      const siteNames = meeting.sites.map((site) => site.name);
      siteNames.forEach((name, index) => {
        if (siteNames.indexOf(name) !== index)
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['sites', index, 'name'],
            message: `site "${name}" is listed twice`,
          });
      });
      meeting.participants.forEach((participant, index) => {
        if (participant.site !== undefined && !siteNames.includes(participant.site)) {
          findings.push({
            collection: 'meetings',
            id: meeting.id,
            path: ['participants', index, 'site'],
            message: `no site of this meeting is named "${participant.site}" (sites: ${siteNames.join(', ') || 'none'})`,
          });
        }
      });
      const people = new Set(meeting.participants.map((participant) => participant.person));
      meeting.sites.forEach((site, index) => {
        site.chairs.forEach((chair, inner) => {
          if (!people.has(chair))
            findings.push({
              collection: 'meetings',
              id: meeting.id,
              path: ['sites', index, 'chairs', inner],
              message: `chair "${chair}" has no participant entry at this meeting`,
            });
        });
      });
    }
    return findings;
  },
};
