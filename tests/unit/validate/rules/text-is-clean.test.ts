import { ruleCases } from '../../../support/problems-after.js';

ruleCases('text-is-clean', [
  [
    // A right-to-left override makes a name read backwards.
    (input) => void ((input.people?.[0] as { name: string }).name = 'Le Van \u202eA'),
    'people/le-van-a: name: "Le Van \\u202eA" holds "\\u202e", a character no record text needs',
  ],
  [
    // A zero-width joiner makes two names that look the same differ.
    (input) => void ((input.people?.[1] as { name: string }).name = 'Tran Thi\u200d B'),
    'people/tran-thi-b: name: "Tran Thi\\u200d B" holds "\\u200d", a character no record text needs',
  ],
  [
    // "Lê" with its circumflex written apart (NFD).
    (input) =>
      void ((input.people?.[0] as { otherNames: string[] }).otherNames = ['Le\u0302 Văn A']),
    'people/le-van-a: otherNames[0]: "Le\u0302 Văn A" is not in Unicode NFC: write it composed, as the texts are',
  ],
]);
