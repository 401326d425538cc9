import { describe, expect, it } from 'vitest';
import { DocumentNumberSchema, DocumentSchema } from '../../../src/schemas/document.js';
import { issues } from '../../support/schema-issues.js';

describe('DocumentNumberSchema derives what authors leave out', () => {
  it('document numbers: parts from the number as written', () => {
    expect(DocumentNumberSchema.parse('03/2019/NĐ-CP')).toEqual({
      raw: '03/2019/NĐ-CP',
      ascii: '03/2019/ND-CP',
      sequence: 3,
      year: 2019,
      typeCode: 'ND',
      issuerCode: 'CP',
    });
    expect(DocumentNumberSchema.parse('07/2012/TTLT-BCA-BQP')).toMatchObject({
      sequence: 7,
      typeCode: 'TTLT',
      issuerCode: 'BCA-BQP',
    });
    // Printed with a space after the year, as one page has it: the same parts.
    expect(DocumentNumberSchema.parse('07/2012 TTLT-BCA-BQP')).toMatchObject({
      raw: '07/2012 TTLT-BCA-BQP',
      sequence: 7,
      year: 2012,
      typeCode: 'TTLT',
      issuerCode: 'BCA-BQP',
    });
    expect(issues(DocumentNumberSchema, '07/2012  TTLT-BCA-BQP')).toHaveLength(1);
    expect(DocumentNumberSchema.parse('77')).toMatchObject({
      sequence: 77,
      year: null,
      typeCode: null,
    });
    expect(issues(DocumentNumberSchema, { raw: '77', sequence: 78 })).toEqual([
      'sequence: sequence is derived from raw "77" (77); leave it out',
    ]);
    expect(issues(DocumentNumberSchema, 'No. 77')).toEqual([
      ': "No. 77" is not a number of a known form: NN/YYYY/TYPE-ISSUER (03/2019/NĐ-CP) or a bare number (77)',
    ]);
    expect(DocumentSchema.shape.kind.options).toContain('circular');
  });
});
