import { ruleCases } from '../../../support/problems-after.js';

ruleCases('meeting-sources-cited', [
  [
    (input) => void input.meetings?.[2]?.sources.pop(),
    'meetings/review-2022: participants[2].evidence[0].source: evidence cites "page", which is not among the meeting\'s sources',
  ],
]);
