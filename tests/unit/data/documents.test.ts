// The bundled documents (numbers, issue dates), checked against what the articles say.
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../src/bundled.js';
import { find } from '../../support/find-record.js';

const { documents } = bundled;

describe('documents', () => {
  it('Decree 03/2019/ND-CP is parsed and dated by two articles; Decree No. 77 has only its number', () => {
    const decree = find(documents, 'decree-03-2019-nd-cp');
    expect(decree.number).toEqual({
      raw: '03/2019/ND-CP',
      ascii: '03/2019/ND-CP',
      sequence: 3,
      year: 2019,
      typeCode: 'ND',
      issuerCode: 'CP',
    });
    expect(decree.issued?.edtf).toBe('2019-09-05');
    expect(new Set(decree.issued?.evidence.map((evidence) => evidence.source))).toEqual(
      new Set(['vietnamvn-giao-ban-2024', 'bocongan-t8111']),
    );
    expect(find(documents, 'decree-77').number).toMatchObject({ sequence: 77 });
  });
});
