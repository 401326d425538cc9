import { ruleCases } from '../../../support/problems-after.js';

ruleCases('claims-cite-meeting-sources', [
  [
    (input) =>
      void ((input.people?.[0]?.positions?.[0] as { meeting: string }).meeting = 'review-2020-h1'),
    'people/le-van-a: positions[0].evidence[0].source: cites "page", which does not report meeting "review-2020-h1"',
  ],
]);
