import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { canonicalJson } from '../../src/lib/canonical-json.js';

/** Every object and array inside a value that is not frozen, by path. */
function unfrozen(value: unknown, path = 'dataset'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, inner]) => unfrozen(inner, `${path}.${key}`)),
  ];
}

/** Runs every helper and returns what each gives, as text. */
function answers(): string {
  return JSON.stringify([
    api.getMeeting('annual-review-2022'),
    api.searchPeople('tran'),
    api.searchDocuments('decree 03'),
    api.timeline(),
    api.groupTimeline(api.timeline(), 'year'),
    api.rankAt('nguyen-tan-cuong', '2025'),
    api.positionsAt('tran-quoc-to', '2024'),
    api.metricSeries('links-removed'),
    api.aggregateMetrics({ by: 'scope' }),
    api.meetingStats({ by: 'person' }),
    api.coChairPairs(),
    api.evidenceFor('decree-77'),
    api.conflictsFor('nguyen-tan-cuong'),
    api.summarizeDataset(),
  ]);
}

describe('the bundled data cannot be changed', () => {
  it('every object and array in every record is frozen', () => {
    expect(unfrozen(bundledDataset)).toEqual([]);
  });

  it('assigning, adding, deleting or pushing throws in strict mode', () => {
    const meeting = api.getMeeting('annual-review-2022');
    expect(() => Object.assign(meeting, { title: 'x' })).toThrow(TypeError);
    expect(() => Object.defineProperty(meeting.date, 'edtf', { value: 'x' })).toThrow(TypeError);
    expect(() => {
      delete (meeting as unknown as { title?: string }).title;
    }).toThrow(TypeError);
    expect(() => (api.meetings as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => (meeting.coChairs as string[]).splice(0, 1)).toThrow(TypeError);
  });

  it('no helper result can be used to change the data or the indexes behind it', () => {
    const before = answers();
    const hashBefore = createHash('sha256').update(canonicalJson(bundledDataset)).digest('hex');
    const tryTo = (change: () => void) => {
      try {
        change();
      } catch {
        // frozen: the change is refused, which is the point
      }
    };
    tryTo(() => ((api.searchPeople('tran')[0]?.record as { name: string }).name = 'changed'));
    tryTo(() => (api.timeline()[0]?.people as string[]).push('someone'));
    tryTo(() => ((api.rankAt('tran-quoc-to', '2024').claims as unknown[]).length = 0));
    tryTo(() => (api.metricSeries('links-removed')[0]?.metrics as unknown[]).pop());
    tryTo(
      () =>
        ((api.aggregateMetrics({ by: 'scope' })[0]?.metrics[0] as { unit: string }).unit =
          'changed'),
    );
    tryTo(
      () => ((api.evidenceFor('decree-77')[0]?.evidence as { quote: string }).quote = 'changed'),
    );
    tryTo(() => ((api.findIndicator('links-removed') as { unit: string }).unit = 'changed'));
    api.searchPeople('tran').length = 0;
    api.timeline().splice(0);
    expect(answers()).toBe(before);
    expect(createHash('sha256').update(canonicalJson(bundledDataset)).digest('hex')).toBe(
      hashBefore,
    );
    expect(hashBefore).toBe(api.meta.recordsSha256);
  });

  it('a dataset made with createDataset is frozen too, and independent of its input', () => {
    const input = structuredClone(api.indicators) as unknown as { unit: string }[];
    const dataset = api.createDataset({ indicators: input as never });
    (input[0] as { unit: string }).unit = 'changed';
    expect(unfrozen(dataset)).toEqual([]);
    expect(dataset.indicators[0]?.unit).not.toBe('changed');
  });
});
