import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupTimeline,
  InvalidRangeError,
  searchPeople,
  sumQuantities,
  TIMELINE_EVENT_KINDS,
  timeline,
  type TimelineUnit,
} from '../../src/index.js';
import { readEdtf } from '../../src/lib/edtf.js';
import type { Qualifier } from '../../src/schemas/quantity.js';

/** A date string of the supported forms between 2005 and 2030. */
const dateString = fc
  .tuple(
    fc.integer({ min: 2005, max: 2030 }),
    fc.constantFrom('year', 'month', 'day', 'quarter', 'half'),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([year, form, month, day, part]) => {
    const mm = String(month).padStart(2, '0');
    if (form === 'year') return `${year}`;
    if (form === 'month') return `${year}-${mm}`;
    if (form === 'day') return `${year}-${mm}-${String(day).padStart(2, '0')}`;
    if (form === 'quarter') return `${year}-${32 + part}`;
    return `${year}-${39 + Math.min(part, 2)}`;
  });

const span = (edtf: string) => {
  const reading = readEdtf(edtf);
  if (!reading.ok) throw new Error(reading.reason);
  return { earliest: reading.value.earliest as string, latest: reading.value.latest as string };
};

describe('properties', () => {
  it('timeline: events come in date order and every one overlaps the range asked for', () => {
    fc.assert(
      fc.property(
        fc.option(dateString, { nil: undefined }),
        fc.option(dateString, { nil: undefined }),
        fc.subarray([...TIMELINE_EVENT_KINDS]),
        (from, to, kinds) => {
          const start = from === undefined ? null : span(from).earliest;
          const end = to === undefined ? null : span(to).latest;
          if (start !== null && end !== null && end < start) {
            expect(() => timeline({ from, to, kinds })).toThrow(InvalidRangeError);
            return;
          }
          const events = timeline({ from, to, kinds });
          for (const [index, event] of events.entries()) {
            expect(kinds).toContain(event.kind);
            if (start !== null) expect(event.date.latest >= start).toBe(true);
            if (end !== null) expect(event.date.earliest <= end).toBe(true);
            const next = events[index + 1];
            if (next)
              expect(
                event.date.earliest < next.date.earliest ||
                  (event.date.earliest === next.date.earliest &&
                    event.date.latest <= next.date.latest),
              ).toBe(true);
          }
        },
      ),
    );
  });

  it('groupTimeline: buckets tile the range, every event overlapping it is in one bucket or spans several, and no other event is', () => {
    fc.assert(
      fc.property(
        fc.array(dateString, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<TimelineUnit>('year', 'quarter', 'month'),
        fc.option(dateString, { nil: undefined }),
        fc.option(dateString, { nil: undefined }),
        (dates, unit, from, to) => {
          const all = dates.map((edtf, index) => ({ id: index, date: span(edtf) }));
          const start = from === undefined ? null : span(from).earliest;
          const end = to === undefined ? null : span(to).latest;
          if (start !== null && end !== null && end < start) {
            expect(() => groupTimeline(all, unit, { from, to })).toThrow(InvalidRangeError);
            return;
          }
          const buckets = groupTimeline(all, unit, { from, to });
          const rangeStart = start ?? all.map((event) => event.date.earliest).sort()[0]!;
          const rangeEnd =
            end ??
            all
              .map((event) => event.date.latest)
              .sort()
              .at(-1)!;
          const events = all.filter(
            (event) => event.date.latest >= rangeStart && event.date.earliest <= rangeEnd,
          );
          const listed = new Set(
            buckets.flatMap((bucket) => [...bucket.events, ...bucket.spanning]),
          );
          expect(all.filter((event) => listed.has(event))).toEqual(events);
          if (rangeEnd < rangeStart) {
            expect(buckets).toEqual([]);
            return;
          }
          expect(buckets[0]!.start <= rangeStart && rangeStart <= buckets[0]!.end).toBe(true);
          expect(buckets.at(-1)!.start <= rangeEnd && rangeEnd <= buckets.at(-1)!.end).toBe(true);
          for (const [index, bucket] of buckets.entries()) {
            expect(bucket.start <= bucket.end).toBe(true);
            const next = buckets[index + 1];
            if (next) {
              const dayAfter = new Date(`${bucket.end}T00:00:00Z`);
              dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
              expect(next.start).toBe(dayAfter.toISOString().slice(0, 10));
            }
          }
          for (const event of events) {
            const inside = buckets.filter((bucket) => bucket.events.includes(event));
            const spanning = buckets.filter((bucket) => bucket.spanning.includes(event));
            const clipped = event.date.earliest < rangeStart || event.date.latest > rangeEnd;
            expect(
              (inside.length === 1 && spanning.length === 0) ||
                (inside.length === 0 && (spanning.length >= 2 || clipped)),
            ).toBe(true);
            for (const bucket of [...inside, ...spanning])
              expect(bucket.start <= event.date.latest && bucket.end >= event.date.earliest).toBe(
                true,
              );
            if (inside[0])
              expect(
                inside[0].start <= event.date.earliest && inside[0].end >= event.date.latest,
              ).toBe(true);
          }
        },
      ),
    );
  });

  /** A reported quantity with valid bounds, and a true count it allows. */
  const quantityWithTruth = fc
    .tuple(
      fc.constantFrom<Qualifier>(
        'exact',
        'more-than',
        'over',
        'at-least',
        'nearly',
        'about',
        'up-to',
        'magnitude',
      ),
      fc.integer({ min: 1, max: 100_000 }),
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 0, max: 1_000 }),
    )
    .map(([qualifier, value, offset, width]) => {
      switch (qualifier) {
        case 'exact':
          return { quantity: { qualifier, value, lower: value, upper: value }, truth: value };
        case 'more-than':
        case 'over':
          return {
            quantity: { qualifier, value, lower: value, upper: null },
            truth: value + 1 + offset,
          };
        case 'at-least':
          return {
            quantity: { qualifier, value, lower: value, upper: null },
            truth: value + offset,
          };
        case 'nearly':
          return {
            quantity: { qualifier, value, lower: null, upper: value },
            truth: Math.max(0, value - 1 - offset),
          };
        case 'up-to':
          return {
            quantity: { qualifier, value, lower: null, upper: value },
            truth: Math.max(0, value - offset),
          };
        case 'about':
          return width % 2 === 0
            ? { quantity: { qualifier, value, lower: null, upper: null }, truth: offset }
            : // The lower bound is clipped at 0, so the truth is drawn from [lower, upper], not from a 2 * width span.
              {
                quantity: {
                  qualifier,
                  value,
                  lower: Math.max(0, value - width),
                  upper: value + width,
                },
                truth:
                  Math.max(0, value - width) +
                  Math.min(offset, value + width - Math.max(0, value - width)),
              };
        case 'magnitude':
          return {
            quantity: { qualifier, value: null, lower: value, upper: value + width },
            truth: value + Math.min(offset, width),
          };
      }
    });

  it('sumQuantities: the total of any true counts the parts allow lies within the sum', () => {
    fc.assert(
      fc.property(fc.array(quantityWithTruth, { maxLength: 12 }), (parts) => {
        const sum = sumQuantities(parts.map((part) => part.quantity));
        const truth = parts.reduce((total, part) => total + part.truth, 0);
        if (sum.lower !== null)
          expect(sum.lowerExclusive ? truth > sum.lower : truth >= sum.lower).toBe(true);
        if (sum.upper !== null)
          expect(sum.upperExclusive ? truth < sum.upper : truth <= sum.upper).toBe(true);
        if (sum.qualifier === 'exact')
          expect(parts.every((part) => part.quantity.qualifier === 'exact')).toBe(true);
      }),
    );
  });

  it('search: never throws on any text, and ranks best first', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (query) => {
        const hits = searchPeople(query);
        for (const [index, hit] of hits.entries())
          if (hits[index + 1]) expect(hit.score >= (hits[index + 1]?.score ?? 0)).toBe(true);
      }),
    );
  });
});
