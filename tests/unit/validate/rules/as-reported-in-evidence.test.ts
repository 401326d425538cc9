import { ruleCases } from '../../../support/problems-after.js';

ruleCases('as-reported-in-evidence', [
  [
    (input) => void ((input.metrics?.[0]?.quantity as { asReported: string }).asReported = '13'),
    'metrics/links-2021: quantity.asReported: "13" is not written in every quote that backs it',
  ],
]);
