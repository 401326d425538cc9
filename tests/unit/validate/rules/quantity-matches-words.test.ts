import { ruleCases } from '../../../support/problems-after.js';

ruleCases('quantity-matches-words', [
  [
    (input) => void Object.assign(input.metrics![0]!.quantity, { value: 99999, lower: 99999 }),
    'metrics/links-2021: quantity.value: "more than 100" gives 100, not 99999',
  ],
  [
    (input) => void Object.assign(input.metrics![0]!.quantity, { qualifier: 'exact', upper: 100 }),
    'metrics/links-2021: quantity.qualifier: "more than 100" reads as more-than, not exact',
  ],
  [
    (input) =>
      void ((input.metrics![0] as { quantity: unknown }).quantity = {
        value: null,
        qualifier: 'magnitude',
        lower: 100,
        upper: 9999,
        asReported: 'hundreds of',
      }),
    'metrics/links-2021: quantity.upper: "hundreds of" means at most 999, not 9999',
  ],
  [
    (input) => void ((input.metrics![0]!.quantity as { asReported: string }).asReported = 'many'),
    'metrics/links-2021: quantity.asReported: cannot read "many" as a quantity',
  ],
]);
