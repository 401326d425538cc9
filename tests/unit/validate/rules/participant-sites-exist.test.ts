import { ruleCases } from '../../../support/problems-after.js';

ruleCases('participant-sites-exist', [
  [
    (input) => void ((input.meetings?.[2]?.participants?.[0] as { site?: string }).site = 'Hanoi'),
    'meetings/review-2022: participants[0].site: no site of this meeting is named "Hanoi" (sites: none)',
  ],
]);
