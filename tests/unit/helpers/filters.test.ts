import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../../src/core/errors.js';
import { filterMeetings, filterMetrics } from '../../../src/helpers/filters.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();
// The fixture's meetings, all national: review-2020-h1 (31 Jul 2020, semiannual, co-chaired by
// le-van-a and tran-thi-b, under decree-03), review-2021 (the year 2021, annual, no co-chair, no
// document) and review-2022 (9 Feb 2023, annual, the same co-chairs and decree). Its metrics:
// drugs-2021 and links-2021 (2021, national, of review-2021), links-2022 (2022, national) and
// households-2022 (a running total up to 9 Feb 2023 in Quang Ninh, of review-2022).
const meetings = (filter: object) =>
  filterMeetings({ dataset, ...filter }).map((meeting) => meeting.id);
const metrics = (filter: object) =>
  filterMetrics({ dataset, ...filter }).map((metric) => metric.id);

describe('filterMeetings', () => {
  it('lists every meeting in date order when nothing is asked', () => {
    expect(meetings({})).toEqual(['review-2020-h1', 'review-2021', 'review-2022']);
  });

  it('keeps the meetings that meet every condition given', () => {
    expect(meetings({ person: 'le-van-a' })).toEqual(['review-2020-h1', 'review-2022']);
    expect(meetings({ kind: 'annual-review' })).toEqual(['review-2021', 'review-2022']);
    expect(meetings({ document: 'decree-03' })).toEqual(['review-2020-h1', 'review-2022']);
    // A meeting dated to a year overlaps every day of it.
    expect(meetings({ from: '2021-06-01', to: '2021-06-30' })).toEqual(['review-2021']);
    expect(meetings({ person: 'le-van-a', kind: 'annual-review' })).toEqual(['review-2022']);
    expect(meetings({ level: 'province' })).toEqual([]);
    expect(meetings({ place: 'quang-ninh' })).toEqual([]);
  });

  it('refuses an unknown option, an unknown id and a range that ends before it starts', () => {
    expect(() => meetings({ persn: 'le-van-a' })).toThrow(InvalidArgumentError);
    expect(() => meetings({ person: 'nobody' })).toThrow(UnknownIdError);
    expect(() => meetings({ from: '2022', to: '2021' })).toThrow(InvalidArgumentError);
  });
});

describe('filterMetrics', () => {
  it('lists every metric by id when nothing is asked', () => {
    expect(metrics({})).toEqual(['drugs-2021', 'households-2022', 'links-2021', 'links-2022']);
  });

  it('keeps the metrics that meet every condition given', () => {
    expect(metrics({ indicator: 'links-removed' })).toEqual(['links-2021', 'links-2022']);
    expect(metrics({ category: 'crime' })).toEqual(['drugs-2021']);
    expect(metrics({ meeting: 'review-2021' })).toEqual(['drugs-2021', 'links-2021']);
    expect(metrics({ level: 'national' })).toEqual(['drugs-2021', 'links-2021', 'links-2022']);
    expect(metrics({ place: 'quang-ninh' })).toEqual(['households-2022']);
    expect(metrics({ cumulative: true })).toEqual(['households-2022']);
    // A running total with an open start reaches into 2022.
    expect(metrics({ from: '2022-01-01', to: '2022-12-31' })).toEqual([
      'households-2022',
      'links-2022',
    ]);
    expect(metrics({ indicator: 'links-removed', from: '2022' })).toEqual(['links-2022']);
  });

  it('refuses an unknown option and an unknown id', () => {
    expect(() => metrics({ indicatr: 'links-removed' })).toThrow(InvalidArgumentError);
    expect(() => metrics({ indicator: 'nothing' })).toThrow(UnknownIdError);
  });
});
