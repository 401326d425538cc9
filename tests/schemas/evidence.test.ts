import { describe, expect, it } from 'vitest';
import { EvidenceSchema } from '../../src/schemas/evidence.js';
import { IdSchema } from '../../src/schemas/id.js';
import { issuesOf } from '../helpers/issues.js';

const valid = { source: 'qdnd-549232', quote: 'On February 9', start: 26, end: 39 };

describe('EvidenceSchema', () => {
  it('accepts a quote whose offsets span its length', () => {
    expect(issuesOf(EvidenceSchema, valid)).toEqual([]);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(issuesOf(EvidenceSchema, { ...valid, quote: 'a\u{1F600}b', start: 0, end: 3 })).toEqual(
      [],
    );
    expect(issuesOf(EvidenceSchema, { ...valid, quote: 'a\u{1F600}b', start: 0, end: 4 })).toEqual([
      'end: end - start is 4 but the quote is 3 code points long',
    ]);
  });

  it('rejects an end not after the start', () => {
    expect(issuesOf(EvidenceSchema, { ...valid, end: 26 })).toEqual([
      'end: end (26) must be greater than start (26)',
    ]);
  });

  it('rejects a quote that is not NFC', () => {
    expect(issuesOf(EvidenceSchema, { ...valid, quote: 'Đe\u0301', start: 0, end: 3 })).toContain(
      'quote: quote must be in Unicode NFC, as the source texts are',
    );
  });

  it('rejects unknown fields', () => {
    expect(issuesOf(EvidenceSchema, { ...valid, page: 2 })).toEqual([': Unrecognized key: "page"']);
  });
});

describe('IdSchema', () => {
  it.each(['decree-03-2019-nd-cp', 'a', '2018-q3'])('accepts %s', (id) =>
    expect(issuesOf(IdSchema, id)).toEqual([]),
  );
  it.each(['Decree-03', 'decree_03', '-lead', 'trail-', 'double--hyphen', ''])(
    'rejects "%s"',
    (id) => expect(issuesOf(IdSchema, id)).toHaveLength(1),
  );
});
