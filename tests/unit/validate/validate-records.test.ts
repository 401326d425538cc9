import { describe, expect, it } from 'vitest';
import { DatasetValidationError, InvalidArgumentError } from '../../../src/core/errors.js';
import { formatProblem } from '../../../src/core/problem.js';
import { createDataset, validateRecords } from '../../../src/validate/validate-records.js';
import { problemsAfter } from '../../support/problems-after.js';

describe('createDataset and validateRecords', () => {
  it('lists every problem in one run, those of records that failed their schema included', () => {
    const problems = problemsAfter((input) => {
      const meeting = input.meetings?.[2];
      if (!meeting) throw new Error('fixture changed');
      (meeting as Record<string, unknown>).kinnd = 'x';
      meeting.coChairs = ['le-van-a', 'tran-thi-c'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'meetings/review-2022: kinnd: unknown field "kinnd" (misspelt, or not part of this record type)',
        'meetings/review-2022: coChairs[1]: no people record has id "tran-thi-c"; did you mean "tran-thi-b"?',
      ]),
    );
  });

  it('says what is wrong with the input as a whole', () => {
    expect(validateRecords([]).problems.map(formatProblem)).toEqual([
      'dataset: expected an object of record lists by collection, got an array',
    ]);
    expect(validateRecords({ meetngs: [], people: 5 }).problems.map(formatProblem)).toEqual([
      'dataset: meetngs: unknown collection "meetngs" (collections: sources, organizations, places, people, documents, meetings, metrics, indicators, conflicts, redirects)',
      'people: people must be a list of records, got 5',
    ]);
    expect(
      validateRecords({
        indicators: [
          { id: 'x', label: 'X', unit: 'u', description: 'd', category: 'crime', extra: new Map() },
        ],
      }).problems.map(formatProblem),
    ).toEqual([
      'indicators/x: extra: must hold plain data (objects, lists, strings, numbers, booleans, null), not a Map',
    ]);
  });

  it('throws a DatasetValidationError listing the problems, and checks its options', () => {
    expect(() => createDataset({ meetings: [{ id: 'Bad Id' }] as never })).toThrow(
      DatasetValidationError,
    );
    expect(() => createDataset({}, { texts: 5 } as never)).toThrow(InvalidArgumentError);
    expect(() => createDataset({}, { texts: { article: 5 } } as never)).toThrow(
      /options\.texts\["article"\]: expected the text as a string, got 5/,
    );
    expect(() => createDataset({}, { txts: {} } as never)).toThrow(/unknown option "txts"/);
  });
});
