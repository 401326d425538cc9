import { canonicalJson } from '../../lib/canonical-json.js';
import { idsByKey } from '../../lib/ids-by-key.js';
import type { Finding, Rule } from '../rule.js';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  canonicalJson([...a].sort()) === canonicalJson([...b].sort());

/** The fields the build derives (claim dates, meeting metrics, source reports) agree with what they derive from. */
export const derivedFieldsMatch: Rule = {
  name: 'derived-fields-match',
  description:
    "Each claim's asOf equals its meeting's date, each meeting's metrics are the metrics that point to it, and each source's reports are the meetings that list it.",
  check(dataset, context, index) {
    const findings: Finding[] = [];
    for (const person of dataset.people) {
      for (const field of ['ranks', 'positions'] as const) {
        person[field].forEach((claim, position) => {
          const meeting = index.meetings.get(claim.meeting);
          if (meeting && canonicalJson(claim.asOf) !== canonicalJson(meeting.date)) {
            findings.push({
              collection: 'people',
              id: person.id,
              path: [field, position, 'asOf'],
              message: `asOf (${claim.asOf.edtf}) must equal the date of meeting "${meeting.id}" (${meeting.date.edtf})`,
            });
          }
        });
      }
    }
    const unparsedMetrics = context.unparsedIds?.metrics ?? new Set<string>();
    const metricsOf = idsByKey(
      dataset.metrics,
      (metric) => metric.id,
      (metric) => [metric.meeting],
    );
    for (const meeting of dataset.meetings) {
      const expected = metricsOf.get(meeting.id) ?? [];
      const listed = meeting.metrics.filter((id) => !unparsedMetrics.has(id));
      if (!sameIds(listed, expected)) {
        findings.push({
          collection: 'meetings',
          id: meeting.id,
          path: ['metrics'],
          message: `metrics must be the metrics whose meeting is "${meeting.id}": [${expected.join(', ')}]`,
        });
      }
    }
    const unparsedMeetings = context.unparsedIds?.meetings ?? new Set<string>();
    const meetingsOf = idsByKey(
      dataset.meetings,
      (meeting) => meeting.id,
      (meeting) => meeting.sources,
    );
    for (const source of dataset.sources) {
      const expected = meetingsOf.get(source.id) ?? [];
      const listed = source.reports.filter((id) => !unparsedMeetings.has(id));
      if (!sameIds(listed, expected)) {
        findings.push({
          collection: 'sources',
          id: source.id,
          path: ['reports'],
          message: `reports must be the meetings that list "${source.id}" among their sources: [${expected.join(', ')}]`,
        });
      }
    }
    return findings;
  },
};
