import { groupBy } from '../../core/group.js';
import type { Finding, Rule } from '../rule.js';

/** Metrics written as one figure share their meeting, period and scope. */
export const metricGroupsConsistent: Rule = {
  name: 'metric-groups-consistent',
  description:
    'Metrics that share a group (one figure such as "27 cases/197 vessels") are at least two, share meeting, period and scope, and the group id is not also a metric id.',
  check(records, { byId }) {
    const findings: Finding[] = [];
    const groups = groupBy(
      records.metrics.filter((metric) => metric.group !== null),
      (metric) => metric.group as string,
    );
    for (const [group, [first, ...rest]] of groups) {
      if (!first) continue;
      const at = (id: string, path: string, message: string) =>
        findings.push({ collection: 'metrics', id, path: [path], message });
      if (byId.metrics.has(group))
        at(
          first.id,
          'group',
          `group "${group}" is also a metric id; name the group after the figure, not one of its parts`,
        );
      if (rest.length === 0)
        at(
          first.id,
          'group',
          `group "${group}" has only this metric; a group joins the parts of one figure`,
        );
      for (const other of rest) {
        if (other.meeting !== first.meeting)
          at(other.id, 'meeting', `differs from "${first.id}" in the same group "${group}"`);
        if (other.period.edtf !== first.period.edtf)
          at(other.id, 'period', `differs from "${first.id}" in the same group "${group}"`);
        if (other.scope.level !== first.scope.level || other.scope.area !== first.scope.area)
          at(other.id, 'scope', `differs from "${first.id}" in the same group "${group}"`);
      }
    }
    return findings;
  },
};
