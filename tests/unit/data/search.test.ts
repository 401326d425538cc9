// Search on the bundled records: what users type finds what they mean first.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import {
  search,
  searchDocuments,
  searchOrganizations,
  searchPeople,
} from '../../../src/helpers/search.js';

const first = (query: string) => {
  const [best] = search(query);
  return best && `${best.collection}/${best.id}`;
};

describe('search on the bundled records', () => {
  it('finds the two ministries by their Vietnamese and English names and abbreviations', () => {
    for (const query of [
      'Bộ Quốc phòng',
      'bo quoc phong',
      'Ministry of Defence',
      'Ministry of National Defence',
      'MND',
      'MoD',
      'BQP',
    ]) {
      expect(first(query), query).toBe('organizations/ministry-of-national-defence');
      expect(searchOrganizations(query)[0]?.record.id, query).toBe('ministry-of-national-defence');
    }
    for (const query of ['Bộ Công an', 'BO CONG AN', 'Ministry of Public Security', 'MPS', 'BCA']) {
      expect(first(query), query).toBe('organizations/ministry-of-public-security');
      expect(searchOrganizations(query)[0]?.record.id, query).toBe('ministry-of-public-security');
    }
    expect(search('Ministry of Defence').map((hit) => hit.id)).not.toContain('ministry-of-justice');
  });

  it('finds every organization that has a Vietnamese name first by it (tied only with bodies of the same name)', () => {
    const named = bundled.organizations.filter((organization) => organization.vietnameseName);
    expect(named.length).toBeGreaterThan(10);
    for (const organization of named) {
      const name = organization.vietnameseName ?? '';
      const hits = search(name);
      expect(hits[0]?.score, name).toBe(100);
      expect(hits.find((hit) => hit.id === organization.id)?.score, name).toBe(100);
      // "Tỉnh ủy" or "Công an tỉnh" names the body of each province: those tie; nothing else does.
      for (const hit of hits.filter((other) => other.score === 100)) {
        const other = bundled.organizations.find((candidate) => candidate.id === hit.id);
        const names = [other?.name, other?.vietnameseName, ...(other?.abbreviations ?? [])];
        expect(
          [...names, ...(other?.otherNames ?? [])].map((text) => text?.toLowerCase()),
          `${name}: ${hit.id}`,
        ).toContain(name.toLowerCase());
      }
    }
  });

  it('finds a place by all its names, before the bodies and meetings named after it', () => {
    for (const query of ['Nghệ An', 'Nghe An', 'nghe an'])
      expect(first(query), query).toBe('places/nghe-an');
    const hits = search('Nghệ An');
    expect(hits[0]).toEqual({ collection: 'places', id: 'nghe-an', label: 'Nghe An', score: 100 });
    expect(hits.some((hit) => hit.collection === 'meetings')).toBe(true);
    expect(hits.slice(1).every((hit) => hit.score < 100)).toBe(true);
  });

  it('finds an official by his name with or without diacritics', () => {
    for (const query of ['Nguyen Tan Cuong', 'Nguyễn Tân Cương', 'NGUYỄN TÂN CƯƠNG']) {
      expect(first(query), query).toBe('people/nguyen-tan-cuong');
      expect(searchPeople(query)[0]).toMatchObject({
        record: { id: 'nguyen-tan-cuong' },
        score: 100,
      });
    }
  });

  it('finds Decree 03/2019/NĐ-CP first however its number is written', () => {
    for (const query of [
      '03/2019/NĐ-CP',
      '03/2019/ND-CP',
      'Nghị định 03',
      'Nghị định số 03/2019/NĐ-CP',
      'Decree No. 03',
      'Decree 03',
      'Decree 3',
    ]) {
      expect(first(query), query).toBe('documents/decree-03-2019-nd-cp');
      expect(searchDocuments(query)[0]?.record.id, query).toBe('decree-03-2019-nd-cp');
    }
    expect(first('Decree 77')).toBe('documents/decree-77');
    expect(first('Nghị định 77/2010/NĐ-CP')).toBe('documents/decree-77');
    expect(first('07/2012 TTLT-BCA-BQP')).toBe('documents/joint-circular-07-2012');
  });
});
