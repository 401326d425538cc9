import { ruleCases } from '../../../support/problems-after.js';

ruleCases('metric-groups-consistent', [
  [
    (input) => void ((input.metrics?.[0] as { group: string }).group = 'a-figure'),
    'metrics/links-2021: group: group "a-figure" has only this metric; a group joins the parts of one figure',
  ],
]);
