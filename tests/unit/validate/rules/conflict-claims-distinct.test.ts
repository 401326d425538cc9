import { ruleCases } from '../../../support/problems-after.js';

ruleCases('conflict-claims-distinct', [
  [
    (input) =>
      void ((input.conflicts?.[0]?.claims[1] as { value: string }).value = 'Lieutenant General'),
    'conflicts/le-van-a-rank-2022: claims[1].value: "Lieutenant General" is already claim 0',
  ],
]);
