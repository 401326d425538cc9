import { quote } from '../../../support/fixture.js';
import { ruleCases } from '../../../support/problems-after.js';

ruleCases('evidence-quotes-match', [
  [
    (input) => {
      const evidence = input.meetings?.[0]?.evidence[0] as { start: number; end: number };
      evidence.start += 1;
      evidence.end += 1;
    },
    'meetings/review-2020-h1: evidence[0].quote: quote "the two ministries met online" is at 11-40 in article, not at 12-41 (which holds "he two ministries met online ")',
  ],
  [
    (input) =>
      void ((input.meetings?.[0] as { date: unknown }).date = {
        edtf: '2020-07-31',
        evidence: [{ ...quote('On 31 July'), start: 100, end: 110 }],
      }),
    'meetings/review-2020-h1: date.evidence[0].quote: quote "On 31 July" is at 0-10 in article, not at 100-110 (which holds',
  ],
  [
    (input) =>
      void (input.meetings?.[2]?.evidence as unknown[]).splice(1, 1, {
        source: 'page',
        quote: 'x',
        start: 0,
        end: 1,
      }),
    'meetings/review-2022: evidence[1]: page is a cited page, whose text is not in the repository: cite it with a locator and a note, not a quote',
  ],
]);
