import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/lib/synthetic-dataset.js';
import { createDataset, QUALIFIER_RULES } from '../../src/index.js';
import { COLLECTION_NAMES } from '../../src/lib/vocabulary.js';
import { projectRoot } from '../helpers/data-fixture.js';

/** The benchmarks are only as good as their data: it must be valid and shaped like the real thing. */
describe('the synthetic datasets of the benchmarks', () => {
  const published = (collection: string) =>
    JSON.parse(readFileSync(join(projectRoot, 'dist', 'data', `${collection}.json`), 'utf8')) as {
      id: string;
    }[];

  it('at 1x are the bundled records as published', () => {
    const input = syntheticDataset(1) as unknown as Record<string, unknown[]>;
    for (const collection of COLLECTION_NAMES) {
      expect(input[collection], collection).toEqual(published(collection));
    }
  });

  it('at 30x pass createDataset, with 30 copies of each record, dates over three decades, every precision and every qualifier', () => {
    const dataset = createDataset(syntheticDataset(30));
    expect(dataset.meetings).toHaveLength(30 * published('meetings').length);
    expect(dataset.metrics).toHaveLength(30 * published('metrics').length);
    expect(dataset.people).toHaveLength(30 * published('people').length);
    expect(dataset.indicators).toHaveLength(
      Math.ceil(Math.sqrt(30)) * published('indicators').length,
    );
    const years = dataset.meetings.map((meeting) => Number(meeting.date.earliest.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(30);
    expect(new Set(dataset.meetings.map((meeting) => meeting.date.precision))).toEqual(
      new Set(['day', 'month', 'quarter', 'half', 'year']),
    );
    expect(new Set(dataset.metrics.map((metric) => metric.quantity.qualifier))).toEqual(
      new Set(Object.keys(QUALIFIER_RULES)),
    );
    expect(new Set(dataset.metrics.map((metric) => metric.indicator)).size).toBeGreaterThan(
      published('indicators').length,
    );
  });

  it('refuses a scale that is not a whole number of 1 or more', () => {
    expect(() => syntheticDataset(0)).toThrow(RangeError);
    expect(() => syntheticDataset(1.5)).toThrow(
      'scale must be a whole number of 1 or more, got 1.5',
    );
  });
});
