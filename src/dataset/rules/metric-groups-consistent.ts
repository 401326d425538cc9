import { canonicalJson } from '../../lib/canonical-json.js';
import type { RecordOf } from '../collections.js';
import type { Finding, Rule } from '../rule.js';

/** Metrics written as one figure share their meeting, period and scope. */
export const metricGroupsConsistent: Rule = {
  name: 'metric-groups-consistent',
  description:
    'Metrics that share a group (one figure such as "27 cases/197 vessels") have at least two members and share meeting, period and scope; a group id is not also a metric id.',
  check(dataset) {
    const findings: Finding[] = [];
    const groups = new Map<string, RecordOf<'metrics'>[]>();
    for (const metric of dataset.metrics) {
      if (metric.group) groups.set(metric.group, [...(groups.get(metric.group) ?? []), metric]);
    }
    const metricIds = new Set(dataset.metrics.map((metric) => metric.id));
    for (const [group, members] of groups) {
      const [first, ...rest] = members;
      if (!first) continue;
      if (metricIds.has(group)) {
        for (const member of members)
          findings.push({
            collection: 'metrics',
            id: member.id,
            path: ['group'],
            message: `group "${group}" is also a metric id; name the group after the figure, not one of its parts`,
          });
      }
      if (rest.length === 0) {
        findings.push({
          collection: 'metrics',
          id: first.id,
          path: ['group'],
          message: `group "${group}" has only this metric; a group joins the parts of one figure`,
        });
      }
      for (const other of rest) {
        for (const field of ['meeting', 'period', 'scope'] as const) {
          if (canonicalJson(other[field]) !== canonicalJson(first[field])) {
            findings.push({
              collection: 'metrics',
              id: other.id,
              path: [field],
              message: `differs from "${first.id}" in the same group "${group}"`,
            });
          }
        }
      }
    }
    return findings;
  },
};
