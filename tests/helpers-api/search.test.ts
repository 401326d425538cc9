import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  searchDocuments,
  searchOrganizations,
  searchPeople,
} from '../../src/index.js';

const ids = (hits: readonly { record: { id: string } }[]) => hits.map((hit) => hit.record.id);

describe('searchPeople', () => {
  it('ignores case and diacritics, đ included', () => {
    expect(ids(searchPeople('NGUYỄN TÂN CƯƠNG'))[0]).toBe('nguyen-tan-cuong');
    expect(ids(searchPeople('Trần Quốc Tô'))[0]).toBe('tran-quoc-to');
    expect(ids(searchPeople('Phan Đại Nghĩa'))).toEqual(['phan-dai-nghia']);
  });

  it('matches every name a record carries, short forms included', () => {
    expect(searchPeople('Cuong')[0]).toMatchObject({
      record: { id: 'nguyen-tan-cuong' },
      matched: 'Cuong',
      field: 'otherNames',
      score: 100,
    });
  });

  it('ranks an exact name above a prefix and a word match, and the shorter of equal matches first', () => {
    expect(ids(searchPeople('tran'))).toEqual(['tran-quoc-to', 'tran-hong-cong']);
    const hits = searchPeople('quoc to');
    expect(hits[0]).toMatchObject({ record: { id: 'tran-quoc-to' }, score: 60 });
    expect(searchPeople('Tran Quoc To')[0]?.score).toBe(100);
  });

  it('finds a name inside a query with extra words, below a full match', () => {
    const [hit] = searchPeople('General Nguyen Tan Cuong');
    expect(hit?.record.id).toBe('nguyen-tan-cuong');
    expect(hit?.score).toBeGreaterThanOrEqual(20);
    expect(hit?.score).toBeLessThan(40);
    expect(searchPeople('Senior General Phan')).toEqual([]);
  });

  it('folds the look-alikes of Đ', () => {
    expect(ids(searchPeople('Phan Ðại Nghĩa'))).toEqual(['phan-dai-nghia']);
  });

  it('finds nothing for an empty or unmatched query, and honours limit', () => {
    expect(searchPeople('   ')).toEqual([]);
    expect(searchPeople('zzz')).toEqual([]);
    expect(searchPeople('n', { limit: 1 })).toHaveLength(1);
  });

  it('rejects a query that is not a string and a bad limit', () => {
    expect(() => searchPeople(7 as never)).toThrow(InvalidArgumentError);
    expect(() => searchPeople('x', { limit: -1 })).toThrow(
      'limit: expected a number of results of 0 or more, got -1',
    );
    expect(() => searchPeople('x', { limit: '2' as never })).toThrow(
      'limit: expected a number of results of 0 or more, got string',
    );
  });
});

describe('searchOrganizations', () => {
  it('finds a body by any spelling or abbreviation the sources use', () => {
    for (const query of ['Ministry of National Defense', 'ministry of defense', 'MoD', 'mnd']) {
      expect(ids(searchOrganizations(query))[0], query).toBe('ministry-of-national-defence');
    }
    expect(ids(searchOrganizations('Central Party Committee of Public Security'))[0]).toBe(
      'central-public-security-party-committee',
    );
    expect(
      searchOrganizations('Provincial Military Command').map((hit) => hit.record.id),
    ).toContain('nghe-an-provincial-military-command');
  });

  it('ignores apostrophes and their style', () => {
    expect(ids(searchOrganizations('peoples army'))[0]).toBe('vietnam-peoples-army');
    expect(ids(searchOrganizations('People’s Army'))[0]).toBe('vietnam-peoples-army');
    expect(ids(searchOrganizations("People's Public Security Forces"))[0]).toBe(
      'peoples-public-security',
    );
  });
});

describe('searchDocuments', () => {
  it.each([
    'Decree 03',
    'decree no. 3',
    'Nghị định 03',
    'nghi dinh so 03',
    '03/2019/ND-CP',
    '03/2019/NĐ-CP',
    '03 / 2019 / nđ-cp',
    '3/2019',
  ])('"%s" finds Decree 03/2019/ND-CP first', (query) => {
    expect(ids(searchDocuments(query))[0]).toBe('decree-03-2019-nd-cp');
  });

  it('tells decrees from resolutions by number and kind', () => {
    expect(ids(searchDocuments('Decree No.77'))).toEqual(['decree-77']);
    expect(ids(searchDocuments('resolution 28'))[0]).toBe(
      'resolution-28-politburo-defensive-areas',
    );
    expect(ids(searchDocuments('decree 28'))).toEqual([]);
    expect(ids(searchDocuments('03/2019/ND-XX'))).toEqual([]);
  });

  it('finds documents by subject words', () => {
    expect(ids(searchDocuments('firm defensive areas'))).toEqual([
      'resolution-28-politburo-defensive-areas',
    ]);
    expect(ids(searchDocuments('Law on National Defense'))[0]).toBe('law-on-national-defence');
  });
});
