import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { timeline } from '../../../src/helpers/timeline.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('timeline', () => {
  it('lists every dated event by first day, last day, kind and record', () => {
    expect(timeline({ dataset }).map((event) => event.id)).toEqual([
      'document-issued:decree-03',
      'meeting:review-2020-h1',
      'rank:le-van-a:0',
      'rank:tran-thi-b:0',
      'meeting:review-2021',
      'meeting:review-2022',
      'rank:le-van-a:1',
      'rank:le-van-a:2',
      'position:le-van-a:0',
      'rank:le-van-a:3',
    ]);
  });

  it('shows a promotion on its own date, as a promotion, and leaves out cited-only events on request', () => {
    const promotion = timeline({ dataset, from: '2024' });
    expect(promotion.map((event) => [event.kind, event.date.edtf, event.label])).toEqual([
      ['promotion', '2024-10-20', 'Le Van A: Đại tướng'],
    ]);
    // The promotion and the position claim rest on the cited page alone.
    expect(timeline({ dataset, quotedOnly: true }).map((event) => event.id)).toEqual([
      'document-issued:decree-03',
      'meeting:review-2020-h1',
      'rank:le-van-a:0',
      'rank:tran-thi-b:0',
      'meeting:review-2021',
      'meeting:review-2022',
      'rank:le-van-a:1',
      'rank:le-van-a:2',
    ]);
    expect(() => timeline({ dataset, quotedOnly: 'yes' as never })).toThrow(
      'quotedOnly: expected true or false, got "yes"',
    );
  });

  it('keeps an event whose dates overlap the range, however coarse', () => {
    expect(timeline({ dataset, from: '2021-06', to: '2021-06' }).map((event) => event.id)).toEqual([
      'meeting:review-2021',
    ]);
    expect(
      timeline({ dataset, from: '2023-02-09', kinds: ['meeting'] }).map((event) => event.id),
    ).toEqual(['meeting:review-2022']);
  });

  it('narrows by person, organization and document', () => {
    expect(
      timeline({ dataset, person: 'tran-thi-b', kinds: ['meeting'] }).map((event) => event.meeting),
    ).toEqual(['review-2020-h1', 'review-2022']);
    expect(timeline({ dataset, organization: 'command-a' }).map((event) => event.id)).toEqual([
      'meeting:review-2022',
    ]);
    expect(timeline({ dataset, document: 'decree-03', kinds: ['document-issued'] })).toHaveLength(
      1,
    );
  });

  it('reads a Date as its UTC calendar day, in every time zone', () => {
    const day = new Date(Date.UTC(2023, 1, 9, 23, 30));
    expect(
      timeline({ dataset, from: day, to: day, kinds: ['meeting'] }).map((event) => event.id),
    ).toEqual(['meeting:review-2022']);
  });

  it('rejects what cannot be a filter, by class and with the forms it accepts', () => {
    expect(() => timeline({ dataset, persn: 'le-van-a' } as never)).toThrow(
      /unknown option "persn"; did you mean "person"/,
    );
    expect(() => timeline({ dataset, from: '2024', to: '2023' })).toThrow(
      /ends \(2023-12-31\) before it starts \(2024-01-01\)/,
    );
    expect(() => timeline({ dataset, from: '15/01/2025' })).toThrow(/looks like day\/month\/year/);
    expect(() => timeline({ dataset, from: '2023-02-30' })).toThrow(/not a calendar date/);
    expect(() => timeline({ dataset, from: new Date(Number.NaN) })).toThrow(InvalidArgumentError);
    expect(() => timeline({ dataset, from: new Date(Date.UTC(10000, 0, 1)) })).toThrow(
      /year 10000; dates run from year 0 to 9999/,
    );
    expect(() => timeline({ dataset, kinds: ['meetings' as never] })).toThrow(
      /unknown kind "meetings"/,
    );
  });
});
