import { ruleCases } from '../../../support/problems-after.js';

ruleCases('places-fit', [
  [
    (input) => void ((input.places?.[0] as { parent?: string }).parent = 'ha-long'),
    'places/quang-ninh: parent: a province cannot lie in a district ("ha-long")',
  ],
]);
