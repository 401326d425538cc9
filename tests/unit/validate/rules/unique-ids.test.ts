import { ruleCases } from '../../../support/problems-after.js';

ruleCases('unique-ids', [
  [
    (input) =>
      input.indicators?.push({
        id: 'households',
        label: 'X',
        unit: 'x',
        description: 'x',
        category: 'other',
      }),
    'indicators/households: id: id "households" is used by 2 records in indicators',
  ],
]);
