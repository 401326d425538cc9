import { ruleCases } from '../../../support/problems-after.js';

ruleCases('metric-unit-matches-indicator', [
  [
    (input) => void ((input.metrics?.[0] as { unit: string }).unit = 'drugs'),
    'metrics/links-2021: unit: unit "drugs" differs from the unit of indicator "links-removed" ("links")',
  ],
]);
