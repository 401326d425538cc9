import type { Rule } from '../rule.js';

/** A metric is counted in its indicator's unit. */
export const metricUnitMatchesIndicator: Rule = {
  name: 'metric-unit-matches-indicator',
  description:
    "Every metric's unit equals its indicator's unit, so metrics of one indicator can be compared and summed.",
  check(records, { byId }, report) {
    for (const metric of records.metrics) {
      const indicator = byId.indicators.get(metric.indicator);
      if (indicator && indicator.unit !== metric.unit)
        report(
          'metrics',
          metric.id,
          ['unit'],
          `unit "${metric.unit}" differs from the unit of indicator "${indicator.id}" ("${indicator.unit}")`,
        );
    }
  },
};
