import { ruleCases } from '../../../support/problems-after.js';

ruleCases('claims-unique', [
  [
    (input) => void input.people?.[0]?.ranks?.push({ ...input.people[0].ranks[0]! }),
    'people/le-van-a: ranks[4]: repeats ranks[0] (same meeting or date, and wording); add the evidence there instead',
  ],
]);
