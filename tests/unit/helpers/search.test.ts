import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { searchDocuments, searchOrganizations, searchPeople } from '../../../src/helpers/search.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('search', () => {
  it('finds people by any name, ignoring case and diacritics, best first', () => {
    const [best] = searchPeople('Lê Văn A', { dataset });
    expect(best).toMatchObject({ score: 100, matched: 'Le Van A', field: 'name' });
    expect(searchPeople('tran', { dataset }).map((hit) => hit.record.id)).toEqual(['tran-thi-b']);
    expect(searchPeople('LE VAN', { dataset })[0]?.score).toBe(80);
    expect(searchPeople('', { dataset })).toEqual([]);
  });

  it('finds organizations by name', () => {
    expect(searchOrganizations('command', { dataset }).map((hit) => hit.record.id)).toEqual([
      'command-a',
    ]);
  });

  it('understands document numbers however they are written', () => {
    for (const query of [
      '03/2019/NĐ-CP',
      '03/2019/ND-CP',
      'Nghị định 03',
      'decree no. 3',
      'Decree 03',
    ]) {
      expect(searchDocuments(query, { dataset })[0]?.record.id, query).toBe('decree-03');
    }
    expect(searchDocuments('Decree 77', { dataset })).toEqual([]);
    expect(searchDocuments('04/2019/ND-CP', { dataset })).toEqual([]);
  });

  it('limits the results and checks its arguments', () => {
    expect(searchPeople('a', { dataset, limit: 1 })).toHaveLength(1);
    expect(() => searchPeople(5 as never, { dataset })).toThrow(InvalidArgumentError);
    expect(() => searchPeople('a', { dataset, limit: -1 })).toThrow(/limit/);
    expect(() => searchPeople('a', { dataset, limt: 1 } as never)).toThrow(
      /unknown option "limt"; did you mean "limit"/,
    );
  });
});
