import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../src/core/errors.js';
import { findRecord, getRecord } from '../../src/helpers/lookups.js';
import { recordsInPlace } from '../../src/helpers/places.js';
import { searchDocuments, searchOrganizations, searchPeople } from '../../src/helpers/search.js';
import { fixture } from '../support/fixture.js';

const dataset = fixture();

describe('lookups', () => {
  it('recordsInPlace finds what lies in a place and in the places inside it', () => {
    const inside = recordsInPlace('quang-ninh', { dataset });
    expect(inside.places.map((place) => place.id)).toEqual(['quang-ninh', 'ha-long']);
    expect(inside.organizations.map((body) => body.id)).toEqual(['command-a']);
    expect(inside.metrics.map((metric) => metric.id)).toEqual(['households-2022']);
    expect(recordsInPlace('ha-long', { dataset }).metrics).toEqual([]);
    expect(() => recordsInPlace('quang-nin', { dataset })).toThrow(/did you mean "quang-ninh"/);
  });

  it('get and find a record by id in the dataset given', () => {
    expect(getRecord('meetings', 'review-2022', { dataset }).title).toBe('Review of 2022');
    expect(findRecord('people', 'tran-thi-b', { dataset })?.name).toBe('Tran Thi B');
    expect(findRecord('meetings', 'no-such-meeting', { dataset })).toBeUndefined();
  });

  it('follow a redirect from a retired id', () => {
    expect(getRecord('meetings', 'review-of-2022', { dataset }).id).toBe('review-2022');
    expect(findRecord('meetings', 'review-of-2022', { dataset })?.id).toBe('review-2022');
    expect(findRecord('meetings', 'nothing', { dataset })).toBeUndefined();
  });

  it('say which ids are close when one is unknown', () => {
    const error = (() => {
      try {
        getRecord('meetings', 'review-2023', { dataset });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).suggestions).toContain('review-2022');
    expect((error as UnknownIdError).message).toMatch(
      /^no meetings record has id "review-2023"; did you mean .*"review-2022"/,
    );
  });

  it('reject what is not an id, an options object or a dataset, by class', () => {
    expect(() => getRecord('meetings', 42 as never, { dataset })).toThrow(InvalidArgumentError);
    expect(() => findRecord('meetings', null as never, { dataset })).toThrow(InvalidArgumentError);
    expect(() =>
      getRecord('meetings', 'review-2022' as never, { dataset: { meetings: [] } } as never),
    ).toThrow(/expected a dataset made by createDataset/);
    expect(() =>
      getRecord('meetings', 'review-2022' as never, { datset: dataset } as never),
    ).toThrow(/unknown option "datset"; did you mean "dataset"/);
    expect(() => findRecord('nope' as never, 'x', { dataset })).toThrow(InvalidArgumentError);
  });

  it('answer from the bundled records when no dataset is given', () => {
    expect(getRecord('documents', 'decree-03-2019-nd-cp').number?.sequence).toBe(3);
    expect(getRecord('people', 'tran-quoc-to').service).toBe('police');
  });
});

describe('search', () => {
  it('finds people by any name, ignoring case and diacritics, best first', () => {
    const [best] = searchPeople('Lê Văn A', { dataset });
    expect(best).toMatchObject({ score: 100, matched: 'Le Van A', field: 'name' });
    expect(searchPeople('tran', { dataset }).map((hit) => hit.record.id)).toEqual(['tran-thi-b']);
    expect(searchPeople('LE VAN', { dataset })[0]?.score).toBe(80);
    expect(searchPeople('', { dataset })).toEqual([]);
  });

  it('finds organizations by name', () => {
    expect(searchOrganizations('command', { dataset }).map((hit) => hit.record.id)).toEqual([
      'command-a',
    ]);
  });

  it('understands document numbers however they are written', () => {
    for (const query of [
      '03/2019/NĐ-CP',
      '03/2019/ND-CP',
      'Nghị định 03',
      'decree no. 3',
      'Decree 03',
    ]) {
      expect(searchDocuments(query, { dataset })[0]?.record.id, query).toBe('decree-03');
    }
    expect(searchDocuments('Decree 77', { dataset })).toEqual([]);
    expect(searchDocuments('04/2019/ND-CP', { dataset })).toEqual([]);
  });

  it('limits the results and checks its arguments', () => {
    expect(searchPeople('a', { dataset, limit: 1 })).toHaveLength(1);
    expect(() => searchPeople(5 as never, { dataset })).toThrow(InvalidArgumentError);
    expect(() => searchPeople('a', { dataset, limit: -1 })).toThrow(/limit/);
    expect(() => searchPeople('a', { dataset, limt: 1 } as never)).toThrow(
      /unknown option "limt"; did you mean "limit"/,
    );
  });
});
