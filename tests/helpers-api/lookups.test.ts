import { describe, expect, it } from 'vitest';
import {
  createDataset,
  findConflict,
  findDocument,
  findIndicator,
  findMeeting,
  findMetric,
  findOrganization,
  findPerson,
  findSource,
  getConflict,
  getDocument,
  getIndicator,
  getMeeting,
  getMetric,
  getOrganization,
  getPerson,
  getSource,
  InvalidArgumentError,
  resolveId,
  UnknownIdError,
} from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';

describe('get and find, for every collection', () => {
  const cases = [
    ['meetings', getMeeting, findMeeting, 'annual-review-2022'],
    ['people', getPerson, findPerson, 'nguyen-tan-cuong'],
    ['organizations', getOrganization, findOrganization, 'ministry-of-public-security'],
    ['documents', getDocument, findDocument, 'decree-77'],
    ['metrics', getMetric, findMetric, 'annual-review-2022-links-removed'],
    ['sources', getSource, findSource, 'qdnd-498119'],
    ['indicators', getIndicator, findIndicator, 'links-removed'],
    ['conflicts', getConflict, findConflict, 'nguyen-tan-cuong-rank-2024'],
  ] as const;

  it.each(cases)('%s: get and find return the record with that id', (collection, get, find, id) => {
    const record = (bundledDataset[collection] as readonly { id: string }[]).find(
      (candidate) => candidate.id === id,
    );
    expect(record).toBeDefined();
    expect((get as (id: string) => unknown)(id)).toBe(record);
    expect((find as (id: string) => unknown)(id)).toBe(record);
  });

  it.each(cases)(
    '%s: an unknown id throws UnknownIdError from get and gives undefined from find',
    (collection, get, find, id) => {
      const wrong = `${id}-x`;
      expect((find as (id: string) => unknown)(wrong)).toBeUndefined();
      let thrown: unknown;
      try {
        (get as (id: string) => unknown)(wrong);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnknownIdError);
      expect(thrown).toMatchObject({ collection, id: wrong });
      expect((thrown as UnknownIdError).suggestions[0]).toBe(id);
      expect((thrown as Error).message).toContain(
        `no ${collection} record has id "${wrong}"; did you mean "${id}"`,
      );
    },
  );

  it('rejects an id that is not a string, and a dataset not made by createDataset', () => {
    expect(() => getMeeting(42 as never)).toThrow(InvalidArgumentError);
    expect(() => findPerson(undefined as never)).toThrow('id: expected a string, got undefined');
    expect(() => getMeeting('annual-review-2022', { ...bundledDataset })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('redirects', () => {
  const dataset = createDataset({
    ...bundledDataset,
    redirects: [
      { id: 'review-2022', collection: 'meetings', to: 'annual-review-2022', reason: 'renamed' },
      { id: 'conference-2022', collection: 'meetings', to: 'review-2022', reason: 'renamed twice' },
    ],
  });

  it('retired ids resolve, through chains, in lookups and resolveId', () => {
    expect(getMeeting('conference-2022', dataset).id).toBe('annual-review-2022');
    expect(findMeeting('review-2022', dataset)?.id).toBe('annual-review-2022');
    expect(resolveId('meetings', 'conference-2022', dataset)).toBe('annual-review-2022');
    expect(resolveId('meetings', 'annual-review-2022', dataset)).toBe('annual-review-2022');
    expect(resolveId('meetings', 'nothing', dataset)).toBeUndefined();
    expect(resolveId('people', 'review-2022', dataset)).toBeUndefined();
  });

  it('resolveId rejects an unknown collection', () => {
    expect(() => resolveId('meeting' as never, 'x')).toThrow('collection: expected one of');
  });
});
