import { foldText } from '../../lib/fold-text.js';
import type { DocumentNumber } from '../../schemas/document.js';
import type { Finding, Rule } from '../rule.js';

const FULL_NUMBER = /^(\d+)\/(\d{4})\/([A-Z]+)-([A-Z]+)$/;
const BARE_NUMBER = /^(\d+)$/;

/** The parts a number's raw text determines, or null when its form is not one of the two known ones. */
function expectedParts(ascii: string): Omit<DocumentNumber, 'raw' | 'ascii'> | null {
  const full = FULL_NUMBER.exec(ascii);
  if (full)
    return {
      sequence: Number(full[1]),
      year: Number(full[2]),
      typeCode: full[3] ?? null,
      issuerCode: full[4] ?? null,
    };
  const bare = BARE_NUMBER.exec(ascii);
  if (bare) return { sequence: Number(bare[1]), year: null, typeCode: null, issuerCode: null };
  return null;
}

/** A document number's parsed parts agree with its raw text. */
export const documentNumberParsed: Rule = {
  name: 'document-number-parsed',
  description:
    'number.ascii is number.raw folded to ASCII (Đ as D), and sequence, year, typeCode and issuerCode are what raw says ("03/2019/ND-CP" or a bare "77").',
  check(dataset) {
    const findings: Finding[] = [];
    for (const document of dataset.documents) {
      const number = document.number;
      if (!number) continue;
      const ascii = foldText(number.raw, { keepCase: true });
      if (number.ascii !== ascii) {
        findings.push({
          collection: 'documents',
          id: document.id,
          path: ['number', 'ascii'],
          message: `must be "${ascii}" (raw folded to ASCII), not "${number.ascii}"`,
        });
      }
      const expected = expectedParts(ascii);
      if (!expected) continue;
      for (const part of ['sequence', 'year', 'typeCode', 'issuerCode'] as const) {
        if (number[part] !== expected[part]) {
          findings.push({
            collection: 'documents',
            id: document.id,
            path: ['number', part],
            message: `"${number.raw}" gives ${part} ${JSON.stringify(expected[part])}, not ${JSON.stringify(number[part])}`,
          });
        }
      }
    }
    return findings;
  },
};
