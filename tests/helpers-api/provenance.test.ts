import { describe, expect, it } from 'vitest';
import {
  conflictsFor,
  createDataset,
  evidenceFor,
  getDocument,
  getPerson,
  InvalidArgumentError,
  UnknownIdError,
} from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';

describe('evidenceFor', () => {
  it("gives every quote of a record with its source's metadata", () => {
    const items = evidenceFor('decree-03-2019-nd-cp');
    expect(
      items
        .filter((item) => item.field.startsWith('issued'))
        .map((item) => [item.source.id, item.source.publisher?.name]),
    ).toEqual([
      ['vietnamvn-giao-ban-2024', 'Vietnam.vn (English edition)'],
      ['bocongan-t8111', 'Ministry of Public Security portal (English)'],
    ]);
    expect(
      items.every(
        (item) =>
          item.record.collection === 'documents' && /^https?:\/\//.test(item.source.url ?? ''),
      ),
    ).toBe(true);
  });

  it('accepts the record itself or { collection, id }, with the same result as the id', () => {
    const byId = evidenceFor('tran-quoc-to');
    expect(evidenceFor(getPerson('tran-quoc-to'))).toEqual(byId);
    expect(evidenceFor({ collection: 'people', id: 'tran-quoc-to' })).toEqual(byId);
    expect(
      byId.some(
        (item) =>
          item.field === 'ranks[0].evidence[0]' &&
          item.evidence.quote.includes('Lieutenant General Tran Quoc To'),
      ),
    ).toBe(true);
  });

  it('rejects unknown ids and malformed references', () => {
    expect(() => evidenceFor('tran-quoc-tu')).toThrow(UnknownIdError);
    expect(() => evidenceFor('tran-quoc-tu')).toThrow(
      'no record has id "tran-quoc-tu"; did you mean "tran-quoc-to"',
    );
    expect(() => evidenceFor({ collection: 'persons' as never, id: 'x' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => evidenceFor(12 as never)).toThrow(InvalidArgumentError);
  });

  it('knows the collection of a bundled record passed with another dataset that reuses its id elsewhere', () => {
    const dataset = createDataset({
      ...bundledDataset,
      indicators: [
        ...bundledDataset.indicators,
        { id: 'decree-77', label: 'x', unit: 'u', description: 'd', category: 'other' },
      ],
    });
    const items = evidenceFor(getDocument('decree-77'), { dataset });
    expect(items.map((item) => item.record)).toContainEqual({
      collection: 'documents',
      id: 'decree-77',
    });
    expect(items.length).toBe(evidenceFor('decree-77').length);
  });

  it('asks for the collection when an id is used in two', () => {
    const dataset = createDataset({
      ...bundledDataset,
      indicators: [
        ...bundledDataset.indicators,
        { id: 'decree-77', label: 'x', unit: 'u', description: 'd', category: 'other' },
      ],
    });
    expect(() => evidenceFor('decree-77', { dataset })).toThrow(
      '"decree-77" names records in documents and indicators; pass { collection, id }',
    );
    expect(
      evidenceFor({ collection: 'documents', id: 'decree-77' }, { dataset }).length,
    ).toBeGreaterThan(0);
  });
});

describe('conflictsFor', () => {
  it('lists the recorded disagreements about a record, and none for a record without', () => {
    expect(conflictsFor('nguyen-tan-cuong').map((conflict) => conflict.id)).toEqual([
      'nguyen-tan-cuong-cmc-membership-2022',
      'nguyen-tan-cuong-rank-2022-short-form',
      'nguyen-tan-cuong-rank-2024',
    ]);
    expect(conflictsFor('decree-03-2019-nd-cp').map((conflict) => conflict.kind)).toEqual([
      'variant',
    ]);
    expect(conflictsFor('tran-quoc-to')).toEqual([]);
  });
});
