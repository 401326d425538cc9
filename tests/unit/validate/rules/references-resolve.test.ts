import { ruleCases } from '../../../support/problems-after.js';

ruleCases('references-resolve', [
  [
    (input) => void ((input.metrics?.[0] as { indicator: string }).indicator = 'link-removed'),
    'metrics/links-2021: indicator: no indicators record has id "link-removed"; did you mean "links-removed"?',
  ],
  [
    (input) => void ((input.meetings?.[2]?.evidence[1] as { source: string }).source = 'nowhere'),
    'meetings/review-2022: evidence[1].source: no sources record has id "nowhere"',
  ],
]);
