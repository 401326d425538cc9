import { ruleCases } from '../../../support/problems-after.js';

ruleCases('claims-in-date-order', [
  [
    // Le Van A's ranks run 31 July 2020, 9 February 2023 (twice), 20 October 2024: the first moved
    // to the end is out of order after the promotion.
    (input) => {
      const ranks = input.people?.[0]?.ranks;
      ranks?.push(ranks.shift()!);
    },
    'people/le-van-a: ranks[3]: dated 2020-07-31, before ranks[2] (2024-10-20): list claims in date order',
  ],
]);
