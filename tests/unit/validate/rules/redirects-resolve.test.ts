import { ruleCases } from '../../../support/problems-after.js';

ruleCases('redirects-resolve', [
  [
    (input) => void ((input.redirects?.[0] as { to: string }).to = 'review-of-2022'),
    'redirects/review-of-2022: to: redirects loop: review-of-2022 -> review-of-2022',
  ],
  [
    (input) => void ((input.redirects?.[0] as { id: string }).id = 'review-2021'),
    'redirects/review-2021: id: "review-2021" is still a live meetings record; a redirect is only for a retired id',
  ],
]);
