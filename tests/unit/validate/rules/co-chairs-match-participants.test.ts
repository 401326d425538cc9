import { ruleCases } from '../../../support/problems-after.js';

ruleCases('co-chairs-match-participants', [
  [
    (input) => void input.meetings?.[2]?.coChairs?.pop(),
    'meetings/review-2022: coChairs: participants place "tran-thi-b" in the co-chair or presider role, but coChairs does not list them',
  ],
]);
