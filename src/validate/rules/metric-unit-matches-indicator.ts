import type { Rule } from '../rule.js';

/**
 * Every metric's unit equals its indicator's unit, so metrics of one indicator can be compared and
 * summed.
 */
export const metricUnitMatchesIndicator: Rule = {
  name: 'metric-unit-matches-indicator',
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
