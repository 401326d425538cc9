import { ruleCases } from '../../../support/problems-after.js';

ruleCases('rank-code-matches-rendering', [
  [
    (input) => void ((input.people?.[0]?.ranks?.[0] as { rank: string }).rank = 'dai-tuong'),
    'people/le-van-a: ranks[0].rank: "Major General" renders thieu-tuong, not dai-tuong (Đại tướng)',
  ],
]);
