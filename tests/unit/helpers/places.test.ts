import { describe, expect, it } from 'vitest';
import { recordsInPlace } from '../../../src/helpers/places.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('recordsInPlace', () => {
  it('recordsInPlace finds what lies in a place and in the places inside it', () => {
    const inside = recordsInPlace('quang-ninh', { dataset });
    expect(inside.places.map((place) => place.id)).toEqual(['quang-ninh', 'ha-long']);
    expect(inside.organizations.map((body) => body.id)).toEqual(['command-a']);
    expect(inside.metrics.map((metric) => metric.id)).toEqual(['households-2022']);
    expect(recordsInPlace('ha-long', { dataset }).metrics).toEqual([]);
    expect(() => recordsInPlace('quang-nin', { dataset })).toThrow(/did you mean "quang-ninh"/);
  });
});
