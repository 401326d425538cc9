import { describe, expect, it } from 'vitest';
import {
  createDataset,
  getMeeting,
  groupTimeline,
  InvalidArgumentError,
  InvalidDateError,
  InvalidRangeError,
  positionsAt,
  rankAt,
  timeline,
  UnknownIdError,
} from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';

describe('timeline', () => {
  it('lists the meetings and dated documents in date order', () => {
    expect(
      timeline({ kinds: ['meeting', 'document-issued'] }).map((event) => [
        event.kind,
        event.record.id,
        event.date.edtf,
      ]),
    ).toEqual([
      ['document-issued', 'resolution-28-politburo-defensive-areas', '2008~'],
      ['meeting', 'standing-agencies-review-2018-q3', '2018'],
      ['document-issued', 'decree-03-2019-nd-cp', '2019-09-05'],
      ['meeting', 'semiannual-review-2021-h1', '2021-07-16'],
      ['meeting', 'annual-review-2022', '2023-02-09'],
      ['meeting', 'annual-review-2024', '2025-01-15'],
    ]);
  });

  it('gives each rank as reported, with its source: which ranks did the articles give Nguyen Tan Cuong?', () => {
    expect(
      timeline({ person: 'nguyen-tan-cuong', kinds: ['rank'] }).map((event) => [
        event.date.edtf,
        event.label,
        event.evidence[0]?.source,
      ]),
    ).toEqual([
      ['2021-07-16', 'Nguyen Tan Cuong: Senior Lieutenant General', 'bocongan-t8111'],
      ['2023-02-09', 'Nguyen Tan Cuong: Senior Lieutenant General', 'baonghean-10250316'],
      ['2023-02-09', 'Nguyen Tan Cuong: General', 'qdnd-549232'],
      ['2025-01-15', 'Nguyen Tan Cuong: Senior Lieutenant General', 'vietnamvn-giao-ban-2024'],
      ['2025-01-15', 'Nguyen Tan Cuong: Senior General', 'vietnamvn-giao-ban-2024'],
    ]);
  });

  it('keeps an event whose date overlaps the range, even when it is coarser than the range', () => {
    expect(
      timeline({ from: '2018-07', to: '2018-09', kinds: ['meeting'] }).map(
        (event) => event.record.id,
      ),
    ).toEqual(['standing-agencies-review-2018-q3']);
    expect(timeline({ from: '2019-01-01', to: '2019-12-31', kinds: ['meeting'] })).toEqual([]);
  });

  it('filters by organization and by document', () => {
    expect(
      timeline({ organization: 'nghe-an-provincial-police' }).map((event) => event.id),
    ).toEqual(['meeting:annual-review-2022']);
    expect(timeline({ document: 'decree-77' }).map((event) => event.id)).toEqual([
      'meeting:standing-agencies-review-2018-q3',
    ]);
  });

  it('lists the claims of one record in record order', () => {
    expect(
      timeline({ person: 'nguyen-tan-cuong', kinds: ['position'], from: '2025', to: '2025' }).map(
        (event) => event.label,
      ),
    ).toEqual([
      'Nguyen Tan Cuong: member of the Party Central Committee',
      "Nguyen Tan Cuong: Chief of the General Staff of the Vietnam People's Army",
      'Nguyen Tan Cuong: Deputy Minister of National Defense',
    ]);
  });

  it('returns frozen events that no caller can change', () => {
    const [first] = timeline();
    expect(() => {
      (first as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(() => (first?.people as string[]).push('x')).toThrow(TypeError);
  });

  it('rejects bad dates, reversed ranges, unknown kinds and unknown ids with typed errors', () => {
    expect(() => timeline(null as never)).toThrow('options: expected an object, got null');
    expect(() => timeline({ kinds: 'meeting' as never })).toThrow(
      'kinds: expected an array of kinds',
    );
    expect(() => timeline({ from: '2023-02-30' })).toThrow(InvalidDateError);
    expect(() => timeline({ from: 2023 as never })).toThrow(
      'from: expected a Date or a date string such as "2023" or "2023-02-09", got number',
    );
    expect(() => timeline({ from: new Date(Number.NaN) })).toThrow(InvalidDateError);
    expect(() => timeline({ from: '2024', to: '2023' })).toThrow(InvalidRangeError);
    expect(() => timeline({ kinds: ['speech' as never] })).toThrow(InvalidArgumentError);
    expect(() => timeline({ person: 'nguyen-tan-cuon' })).toThrow(UnknownIdError);
  });

  it('accepts Date objects as their UTC calendar day, in every time zone', () => {
    // new Date(2023, 1, 9) would be local midnight: 8 February in UTC east of Greenwich.
    const day = new Date(Date.UTC(2023, 1, 9));
    expect(
      timeline({ from: day, to: day, kinds: ['meeting'] }).map((event) => event.record.id),
    ).toEqual(['annual-review-2022']);
    const lateEvening = new Date(Date.UTC(2023, 1, 9, 23, 30));
    expect(
      timeline({ from: lateEvening, to: lateEvening, kinds: ['meeting'] }).map(
        (event) => event.record.id,
      ),
    ).toEqual(['annual-review-2022']);
  });
});

describe('groupTimeline', () => {
  it('what happened in 2023, quarter by quarter?', () => {
    const quarters = groupTimeline(timeline({ from: '2023', to: '2023' }), 'quarter', {
      from: '2023',
      to: '2023',
    });
    expect(quarters.map((quarter) => quarter.key)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    expect(
      quarters[0]?.events
        .filter((event) => event.kind === 'meeting')
        .map((event) => event.record.id),
    ).toEqual(['annual-review-2022']);
    expect(
      quarters
        .slice(1)
        .every((quarter) => quarter.events.length === 0 && quarter.spanning.length === 0),
    ).toBe(true);
  });

  it('reports a year-precision meeting as spanning every quarter of its year, not in one of them', () => {
    const quarters = groupTimeline(
      timeline({ kinds: ['meeting'], from: '2018', to: '2018' }),
      'quarter',
    );
    expect(
      quarters.map((quarter) => [
        quarter.key,
        quarter.events.length,
        quarter.spanning.map((event) => event.record.id),
      ]),
    ).toEqual([
      ['2018-Q1', 0, ['standing-agencies-review-2018-q3']],
      ['2018-Q2', 0, ['standing-agencies-review-2018-q3']],
      ['2018-Q3', 0, ['standing-agencies-review-2018-q3']],
      ['2018-Q4', 0, ['standing-agencies-review-2018-q3']],
    ]);
    expect(
      groupTimeline(timeline({ kinds: ['meeting'], from: '2018', to: '2018' }), 'year').map(
        (year) => [year.key, year.events.length],
      ),
    ).toEqual([['2018', 1]]);
  });

  it('makes month buckets with their first and last days, empty ones included', () => {
    const months = groupTimeline([], 'month', { from: '2024-01', to: '2024-03' });
    expect(months.map((month) => [month.key, month.start, month.end])).toEqual([
      ['2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
    ]);
    expect(groupTimeline([], 'year')).toEqual([]);
  });

  it('honours one-sided bounds and leaves out events outside them', () => {
    const event = (day: string) => ({ id: day, date: { earliest: day, latest: day } });
    expect(groupTimeline([event('2025-01-01')], 'year', { to: '2022' })).toEqual([]);
    expect(
      groupTimeline([event('2018-02-10'), event('2018-08-10')], 'year', { from: '2018-07' }).map(
        (bucket) => [bucket.key, bucket.events.map((item) => item.id)],
      ),
    ).toEqual([['2018', ['2018-08-10']]]);
    expect(
      groupTimeline([event('2018-03-30')], 'quarter', { from: '2018-01', to: '2018-01' }).map(
        (bucket) => bucket.events.length,
      ),
    ).toEqual([0]);
  });

  it('takes open-ended periods, such as running totals "up to" a date', () => {
    const buckets = groupTimeline([{ date: { earliest: null, latest: '2025-01-15' } }], 'year', {
      from: '2024',
      to: '2025',
    });
    expect(
      buckets.map((bucket) => [bucket.key, bucket.events.length, bucket.spanning.length]),
    ).toEqual([
      ['2024', 0, 1],
      ['2025', 0, 1],
    ]);
  });

  it('rejects an unknown unit and events without days', () => {
    expect(() => groupTimeline([], 'week' as never)).toThrow(InvalidArgumentError);
    expect(() => groupTimeline([], 'toString' as never)).toThrow(
      'unit: expected "year", "quarter" or "month", got "toString"',
    );
    expect(() => groupTimeline([{ date: { earliest: 'garbage', latest: null } }], 'year')).toThrow(
      'events[0]: expected an object with date.earliest and date.latest',
    );
    expect(() => groupTimeline([null as never], 'year')).toThrow(InvalidArgumentError);
  });
});

describe('rankAt and positionsAt', () => {
  it('gives the claims in force at a date, from the latest report before it', () => {
    const before = rankAt('tran-quoc-to', '2022-01-01');
    expect(before).toMatchObject({ ranks: ['trung-tuong'], agreed: true, certain: true });
    expect(before.claims.map((claim) => claim.asReported)).toEqual(['Lieutenant General']);
    expect(rankAt('tran-quoc-to', '2024').ranks).toEqual(['thuong-tuong']);
  });

  it('reports disagreeing claims with the recorded conflict between them', () => {
    const at = rankAt('nguyen-tan-cuong', '2025-02-01');
    expect(at.claims.map((claim) => claim.asReported)).toEqual([
      'Senior Lieutenant General',
      'Senior General',
    ]);
    expect(at.agreed).toBe(false);
    expect(at.conflicts.map((conflict) => conflict.id)).toEqual(['nguyen-tan-cuong-rank-2024']);
    expect(
      rankAt('nguyen-tan-cuong', '2023-03-01').conflicts.map((conflict) => conflict.id),
    ).toEqual(['nguyen-tan-cuong-rank-2022-short-form']);
  });

  it('knows nothing before the first report, and is uncertain about a report inside a coarse date', () => {
    expect(rankAt('tran-quoc-to', '2020')).toMatchObject({
      claims: [],
      agreed: false,
      certain: false,
    });
    expect(rankAt('tran-quoc-to', '2021')).toMatchObject({
      ranks: ['trung-tuong'],
      certain: false,
    });
  });

  it('keeps every report that may be the latest when dates are coarse', () => {
    const march2018 = {
      ...structuredClone(getMeeting('semiannual-review-2021-h1')),
      id: 'march-2018-meeting',
      date: {
        edtf: '2018-03-01',
        precision: 'day' as const,
        earliest: '2018-03-01',
        latest: '2018-03-01',
        basis: 'inferred' as const,
        note: 'test',
      },
    };
    const tranQuocTo = bundledDataset.people.find((person) => person.id === 'tran-quoc-to')!;
    const dataset = createDataset({
      ...bundledDataset,
      meetings: [...bundledDataset.meetings, march2018],
      people: bundledDataset.people.map((person) =>
        person.id === 'luong-tam-quang'
          ? {
              ...person,
              ranks: [
                ...person.ranks,
                { ...structuredClone(tranQuocTo.ranks[0]!), meeting: 'march-2018-meeting' },
              ],
            }
          : person,
      ),
    });
    const at = rankAt('luong-tam-quang', '2018-12-31', { dataset });
    expect(at.claims.map((claim) => claim.meeting).sort()).toEqual([
      'march-2018-meeting',
      'standing-agencies-review-2018-q3',
    ]);
    expect(at).toMatchObject({ certain: false, agreed: false });
    expect(
      rankAt('luong-tam-quang', '2018-02-01', { dataset }).claims.map((claim) => claim.meeting),
    ).toEqual(['standing-agencies-review-2018-q3']);
  });

  it('lists each position as last reported, every wording of it, and whether the latest report repeats it', () => {
    const positions = positionsAt('nguyen-tan-cuong', '2023-06-01').positions;
    const minister = positions.find(
      (position) => position.organization === 'ministry-of-national-defence',
    );
    expect(minister?.claims.map((claim) => claim.asOf.edtf)).toEqual(['2023-02-09', '2023-02-09']);
    expect(minister?.claims.map((claim) => claim.asReported).sort()).toEqual([
      'Deputy Defense Minister',
      'Deputy Minister of National Defense',
    ]);
    expect(minister?.current).toBe(true);
    expect(positions.map((position) => position.organization)).toContain(
      'central-military-commission-standing-committee',
    );
    expect(
      positionsAt('nguyen-tan-cuong', '2023-06-01').conflicts.map((conflict) => conflict.id),
    ).toEqual(['nguyen-tan-cuong-cmc-membership-2022']);
    expect(positionsAt('luong-tam-quang', '2017').positions).toEqual([]);
  });

  it('folds a short form without organization into the position the same report names in full', () => {
    const in2021 = positionsAt('nguyen-tan-cuong', '2021-08-01').positions;
    expect(
      in2021
        .filter((position) => position.title === 'Deputy Minister')
        .map((position) => [
          position.organization,
          position.claims.map((claim) => claim.asReported).sort(),
        ]),
    ).toEqual([
      ['ministry-of-national-defence', ['Deputy Minister', 'Deputy Minister of Defense']],
    ]);
    const in2025 = positionsAt('nguyen-tan-cuong', '2025-06-01').positions;
    expect(in2025.filter((position) => position.organization === null)).toEqual([]);
    expect(
      in2025.find((position) => position.organization === 'central-military-commission'),
    ).toMatchObject({ current: false });
    expect(in2025.find((position) => position.organization === 'general-staff')).toMatchObject({
      current: true,
      certain: true,
    });
  });

  it('rejects unknown people, bad dates and bad options', () => {
    expect(() => rankAt('nobody' as never, '2023')).toThrow(UnknownIdError);
    expect(() => positionsAt('tran-quoc-to', 'yesterday')).toThrow(InvalidDateError);
    expect(() => rankAt('tran-quoc-to', '2023', null as never)).toThrow(
      'options: expected an object, got null',
    );
  });
});
