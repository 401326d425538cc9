import { describe, expect, it } from 'vitest';
import { EvidenceSchema } from '../../../src/schemas/evidence.js';
import { issues } from '../../support/schema-issues.js';

describe('EvidenceSchema derives what authors leave out', () => {
  it('evidence: a quote (offsets spanning its code points, NFC) or a cited place with a note; its kind is derived', () => {
    expect(EvidenceSchema.parse({ source: 'a', quote: 'a\u{1F600}b', start: 0, end: 3 }).kind).toBe(
      'quote',
    );
    expect(
      EvidenceSchema.parse({
        source: 'a',
        locator: 'headline',
        note: 'The headline names the meeting.',
      }).kind,
    ).toBe('cited');
    expect(issues(EvidenceSchema, { source: 'a', quote: 'a\u{1F600}b', start: 0, end: 4 })).toEqual(
      ['end: end - start is 4 but the quote is 3 code points long'],
    );
    expect(issues(EvidenceSchema, { source: 'a', quote: 'Đe\u0301', start: 0, end: 3 })).toContain(
      'quote: must be in Unicode NFC, as the texts are',
    );
    expect(
      EvidenceSchema.safeParse({ source: 'a', quote: 'x', start: 0, end: 1, page: 2 }).success,
    ).toBe(false);
  });
});
