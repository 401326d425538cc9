import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/core/errors.js';
import { searchTerms } from '../../../src/core/text.js';
import {
  search,
  searchDocuments,
  searchOrganizations,
  searchPeople,
} from '../../../src/helpers/search.js';
import { createDataset } from '../../../src/validate/validate-records.js';
import { cited, fixture, fixtureInput, FIXTURE_TEXT } from '../../support/fixture.js';

const dataset = fixture();

/** The fixture with the 2022 review held in Ha Long, and a place with forty made-up other names in one. */
function withPlaces() {
  const input = fixtureInput() as unknown as {
    meetings: Record<string, unknown>[];
    places: Record<string, unknown>[];
  };
  const review = input.meetings.find((meeting) => meeting.id === 'review-2022');
  if (review) review.place = 'ha-long';
  input.places.push({
    id: 'many-words',
    name: 'Many Words',
    otherNames: [Array.from({ length: 40 }, (_, index) => `w${index + 1}`).join(' ')],
    level: 'province',
    evidence: [cited('the footer', 'A made-up place with forty words in one name.')],
  });
  return createDataset(input as never, { texts: { article: FIXTURE_TEXT } });
}

const brief = (hits: readonly { collection: string; id: string; score: number }[]) =>
  hits.map((hit) => `${hit.collection}/${hit.id} ${hit.score}`);

describe('searchTerms', () => {
  it('folds marks and đ, drops leading zeros and the words "no", "số", "the", "of", "and"', () => {
    expect(searchTerms('Nghị định số 03/2019/NĐ-CP')).toEqual([
      'nghi',
      'dinh',
      '3',
      '2019',
      'nd',
      'cp',
    ]);
    expect(searchTerms("The People's Army of Viet Nam and NO. 007")).toEqual([
      'peoples',
      'army',
      'viet',
      'nam',
      '7',
    ]);
    expect(searchTerms('0 / 000')).toEqual(['0', '0']);
    expect(searchTerms(' -- ')).toEqual([]);
  });
});

describe('search', () => {
  it('finds records of every collection, a whole name first at 100, with a label', () => {
    // "links removed" is the indicator's whole label (100). Each links metric counts "links"
    // (1 of the 2 words, all of its 1 word: 100 × 1/2 × (1 + 1)/2 = 50) and names its indicator
    // in full (100, a text that describes it: × 0.6 = 60).
    expect(search('Links removed', { dataset })).toEqual([
      { collection: 'indicators', id: 'links-removed', label: 'Links removed', score: 100 },
      {
        collection: 'metrics',
        id: 'links-2021',
        label: 'Links removed: more than 100 links, 2021',
        score: 60,
      },
      {
        collection: 'metrics',
        id: 'links-2022',
        label: 'Links removed: more than 200 links, 2022',
        score: 60,
      },
    ]);
    expect(search('Quảng Ninh', { dataset })).toEqual([
      { collection: 'places', id: 'quang-ninh', label: 'Quang Ninh', score: 100 },
    ]);
  });

  it('finds a record only when it holds every word of the query, numbers whole', () => {
    expect(search('Quang Long', { dataset })).toEqual([]);
    expect(brief(search('Decree 03', { dataset }))).toEqual(['documents/decree-03 100']);
    expect(search('Decree 77', { dataset })).toEqual([]);
    expect(search('Decree 30', { dataset })).toEqual([]);
  });

  it('finds meetings by their place, its words in another text than the title', () => {
    const placed = withPlaces();
    // "Ha Long" is the place's name (100) and the meeting's place's (100 × 0.6 = 60).
    expect(search('Ha Long', { dataset: placed })).toEqual([
      { collection: 'places', id: 'ha-long', label: 'Ha Long', score: 100 },
      { collection: 'meetings', id: 'review-2022', label: '9 Feb 2023: Review of 2022', score: 60 },
    ]);
    // The title "Review of 2022" holds 1 of the 3 words and 1 of its 2 (100 × 1/3 × 1.5/2 = 25);
    // the place "Ha Long" 2 of the 3 and all of its own (100 × 2/3 × 2/2 = 67, × 0.6 = 40).
    expect(brief(search('review Ha Long', { dataset: placed }))).toEqual([
      'meetings/review-2022 40',
    ]);
  });

  it('matches the start of a word of 3 letters or more, and a word a letter off one of 6 or more', () => {
    // "tra" begins "tran" (0.8), 1 of 3 words of "Tran Thi B": 100 × 0.8 × (1 + 1/3)/2 = 53.
    expect(brief(search('Tra', { dataset }))).toEqual(['people/tran-thi-b 53']);
    // "comand" is a letter off "command" (0.6), 1 of 2 words: 100 × 0.6 × 1.5/2 = 45.
    expect(brief(search('Comand', { dataset }))).toEqual(['organizations/command-a 45']);
    expect(search('Tr', { dataset })).toEqual([]);
    expect(search('Mnstry', { dataset })).toEqual([]);
  });

  it('searches the collections asked for, at most limit hits, frozen', () => {
    const hits = search('links removed', { dataset, collections: ['metrics'], limit: 1 });
    expect(brief(hits)).toEqual(['metrics/links-2021 60']);
    expect(Object.isFrozen(hits) && Object.isFrozen(hits[0])).toBe(true);
    expect(search('links removed', { dataset, collections: [] })).toEqual([]);
  });

  it('reads the first 1,000 characters and, in them, the first 32 distinct words', () => {
    const placed = withPlaces();
    const words = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => `w${from + index}`).join(' ');
    expect(brief(search(`Quang Ninh${' '.repeat(1000)}zzz`, { dataset }))).toEqual([
      'places/quang-ninh 100',
    ]);
    // w1 to w32 are all in the name; "zzz", the 33rd distinct word, is not read.
    expect(brief(search(`${words(1, 32)} w1 zzz`, { dataset: placed }))).toEqual([
      'places/many-words 90',
    ]);
    expect(search(`zzz ${words(1, 31)}`, { dataset: placed })).toEqual([]);
    expect(search('', { dataset })).toEqual([]);
    expect(search('số No. the of and', { dataset })).toEqual([]);
  });

  it('checks its arguments', () => {
    expect(() => search(5 as never, { dataset })).toThrow(InvalidArgumentError);
    expect(() => search('a', { dataset, limit: -1 })).toThrow(/limit/);
    expect(() => search('a', { dataset, collections: 'people' as never })).toThrow(
      /collections: expected a list of collections/,
    );
    expect(() => search('a', { dataset, collections: ['redirects' as never] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => search('a', { dataset, colections: [] } as never)).toThrow(
      /did you mean "collections"/,
    );
  });
});

describe('searchPeople, searchOrganizations, searchDocuments', () => {
  it('finds people by any name, ignoring case and diacritics, best first', () => {
    expect(searchPeople('Lê Văn A', { dataset })).toEqual([
      { record: dataset.people[0], score: 100, matched: 'Le Van A', field: 'name' },
    ]);
    // All of the query, 2 of the name's 3 words: 100 × 1 × (1 + 2/3)/2 = 83.
    expect(searchPeople('LE VAN', { dataset })[0]).toMatchObject({ score: 83, field: 'name' });
    // 1 of 3 words: 100 × (1 + 1/3)/2 = 67.
    expect(
      searchPeople('tran', { dataset }).map((hit) => [hit.record.id, hit.score, hit.matched]),
    ).toEqual([['tran-thi-b', 67, 'Tran Thi B']]);
    expect(searchPeople('', { dataset })).toEqual([]);
  });

  it('finds organizations by name', () => {
    // 1 of 2 words: 100 × (1 + 1/2)/2 = 75.
    expect(
      searchOrganizations('command', { dataset }).map((hit) => [hit.record.id, hit.score]),
    ).toEqual([['command-a', 75]]);
  });

  it('understands document numbers however they are written', () => {
    for (const query of [
      '03/2019/NĐ-CP',
      '03/2019/ND-CP',
      'Nghị định 03',
      'decree no. 3',
      'Decree 03',
    ]) {
      const [best] = searchDocuments(query, { dataset });
      expect(best && [best.record.id, best.score, best.matched, best.field], query).toEqual([
        'decree-03',
        100,
        '03/2019/ND-CP',
        'number',
      ]);
    }
    // The title holds both words, 2 of its 5: 100 × (1 + 2/5)/2 = 70; "decree 3" (the number
    // read as its kind names it) holds 1 of the 2, 1 of its 2: 100 × 1/2 × 1.5/2 = 38.
    expect(
      searchDocuments('Decree 2019', { dataset }).map((hit) => [hit.score, hit.field]),
    ).toEqual([[70, 'title']]);
    expect(searchDocuments('Decree 77', { dataset })).toEqual([]);
    expect(searchDocuments('04/2019/ND-CP', { dataset })).toEqual([]);
  });

  it('limits the results and checks its arguments', () => {
    expect(searchPeople('a', { dataset })).toHaveLength(1);
    expect(searchOrganizations('a', { dataset, limit: 1 })).toHaveLength(1);
    expect(() => searchPeople(5 as never, { dataset })).toThrow(InvalidArgumentError);
    expect(() => searchPeople('a', { dataset, limit: -1 })).toThrow(/limit/);
    expect(() => searchPeople('a', { dataset, limt: 1 } as never)).toThrow(
      /unknown option "limt"; did you mean "limit"/,
    );
    expect(() => searchPeople('a', { dataset, collections: [] } as never)).toThrow(
      /unknown option "collections"/,
    );
  });
});
