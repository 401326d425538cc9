import { ruleCases } from '../../../support/problems-after.js';

ruleCases('dates-have-support', [
  [
    (input) => void input.meetings?.[1]?.inferences?.splice(0, 1),
    'meetings/review-2021: date.evidence: the date has no evidence; cite what states it, or record the inference of "date" with its reasoning',
  ],
]);
