import { quote } from '../../../support/fixture.js';
import { ruleCases } from '../../../support/problems-after.js';

ruleCases('date-matches-quote', [
  [
    (input) => void ((input.meetings?.[0]?.date as { edtf: string }).edtf = '2020-08-01'),
    'meetings/review-2020-h1: date.edtf: the quote at date.evidence[0] states "31 july", which "2020-08-01" does not cover',
  ],
  [
    (input) => void ((input.documents?.[0]?.issued as { edtf: string }).edtf = '2019-09-06'),
    'documents/decree-03: issued.edtf: the quote at issued.evidence[0] states "5 september 2019", which "2019-09-06" does not cover',
  ],
  [
    // The review of 2022 moved to 2019: its quote says "in 2022".
    (input) => void ((input.meetings?.[2]?.periodReviewed as { edtf: string }).edtf = '2019'),
    'meetings/review-2022: periodReviewed.edtf: the quote at periodReviewed.evidence[0] states 2022, which "2019" does not cover',
  ],
  [
    // One character of the text is no evidence for a date.
    (input) =>
      void ((input.meetings?.[0]?.date as { evidence: unknown[] }).evidence = [quote('O')]),
    'meetings/review-2020-h1: date.edtf: the quote at date.evidence[0] states no day, month or year: quote the words that date it',
  ],
]);
