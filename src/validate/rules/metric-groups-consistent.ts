import { groupBy } from '../../core/group.js';
import type { Rule } from '../rule.js';

/**
 * Metrics that share a group (one figure such as "27 cases/197 vessels") are at least two, share
 * meeting, period and scope, and the group id is not also a metric id.
 */
export const metricGroupsConsistent: Rule = {
  name: 'metric-groups-consistent',
  check(records, { byId }, report) {
    const groups = groupBy(
      records.metrics.filter((metric) => metric.group !== null),
      (metric) => metric.group as string,
    );
    for (const [group, [first, ...rest]] of groups) {
      if (!first) continue;
      if (byId.metrics.has(group))
        report(
          'metrics',
          first.id,
          ['group'],
          `group "${group}" is also a metric id; name the group after the figure, not one of its parts`,
        );
      if (rest.length === 0)
        report(
          'metrics',
          first.id,
          ['group'],
          `group "${group}" has only this metric; a group joins the parts of one figure`,
        );
      for (const other of rest) {
        const differs = {
          meeting: other.meeting !== first.meeting,
          period: other.period.edtf !== first.period.edtf,
          scope: other.scope.place !== first.scope.place,
        };
        for (const [field, different] of Object.entries(differs))
          if (different)
            report(
              'metrics',
              other.id,
              [field],
              `differs from "${first.id}" in the same group "${group}"`,
            );
      }
    }
  },
};
