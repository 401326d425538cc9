import { describe, expect, it } from 'vitest';
import { mndMps } from '../../../support/cli.js';

describe('terms, on the bundled data', () => {
  it('lists who co-chaired for which ministry, from which meeting to which', async () => {
    const terms = JSON.parse((await mndMps('terms', '--json')).stdout) as {
      person: string;
      organization: string | null;
      first: { date: { edtf: string } };
      last: { date: { edtf: string } };
      meetings: string[];
    }[];
    const term = (person: string) => terms.find((each) => each.person === person);
    // Read off the meeting records: Phan Van Giang from the review of 2017 (18 January 2018) to
    // that of 2020 (5 January 2021); Tran Quoc To from July 2020 to January 2025; Nguyen Tan
    // Cuong from July 2021 to January 2025.
    expect(term('phan-van-giang')).toMatchObject({
      organization: 'ministry-of-national-defence',
      first: { date: { edtf: '2018-01-18' } },
      last: { date: { edtf: '2021-01-05' } },
    });
    expect(term('tran-quoc-to')).toMatchObject({
      organization: 'ministry-of-public-security',
      first: { date: { edtf: '2020-07-31' } },
      last: { date: { edtf: '2025-01-15' } },
    });
    expect(term('nguyen-tan-cuong')).toMatchObject({
      organization: 'ministry-of-national-defence',
      first: { date: { edtf: '2021-07-16' } },
      last: { date: { edtf: '2025-01-15' } },
    });
    const text = (await mndMps('terms')).stdout;
    expect(text).toContain('Tran Quoc To');
    expect(text).toContain('31 Jul 2020');
  });

  it('takes provincial meetings with --level or --place', async () => {
    const text = (await mndMps('terms', '--place', 'Nghệ An')).stdout;
    expect(text).toContain('Le Van Thai');
    expect(text).not.toContain('Tran Quoc To');
  });
});
