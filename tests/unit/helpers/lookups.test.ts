import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownIdError } from '../../../src/core/errors.js';
import { findRecord, getRecord } from '../../../src/helpers/lookups.js';
import { fixture } from '../../support/fixture.js';

const dataset = fixture();

describe('lookups', () => {
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
