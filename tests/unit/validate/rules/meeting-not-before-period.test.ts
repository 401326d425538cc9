import { ruleCases } from '../../../support/problems-after.js';

ruleCases('meeting-not-before-period', [
  [
    (input) => void ((input.meetings?.[0]?.periodReviewed as { edtf: string }).edtf = '2020-08'),
    'meetings/review-2020-h1: date.edtf: "2020-07-31" may fall on 2020-07-31, before the period it reviews (2020-08) starts on 2020-08-01',
  ],
]);
