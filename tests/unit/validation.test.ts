import { describe, expect, it } from 'vitest';
import { DatasetValidationError, InvalidArgumentError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem.js';
import { bundled } from '../../src/bundled.js';
import { getRecord } from '../../src/helpers/lookups.js';
import { metricSeries } from '../../src/helpers/metric-series.js';
import { DocumentNumberSchema, DocumentSchema } from '../../src/schemas/document.js';
import { EvidenceSchema } from '../../src/schemas/evidence.js';
import { FuzzyDateSchema, PeriodSchema } from '../../src/schemas/dates.js';
import { IdSchema } from '../../src/schemas/ref.js';
import { RULES } from '../../src/validate/rules/index.js';
import { createDataset, validateRecords } from '../../src/validate/validate-records.js';
import { FIXTURE_TEXT, cited, fixture, fixtureInput, quote } from '../support/fixture.js';

type Input = ReturnType<typeof fixtureInput>;
type Mutable<T> = {
  -readonly [K in keyof T]: T[K] extends readonly (infer U)[] | undefined
    ? Mutable<U>[]
    : T[K] extends object
      ? Mutable<T[K]>
      : T[K];
};

/** The problems validation finds in the fixture after `change`, as "collection/id: path: message" lines (only `rule`'s, when given). */
function problemsAfter(change: (input: Mutable<Input>) => void, rule?: string): string[] {
  const input = structuredClone(fixtureInput()) as Mutable<Input>;
  change(input);
  return validateRecords(input, { texts: { article: FIXTURE_TEXT } })
    .problems.filter((problem) => rule === undefined || problem.rule === rule)
    .map(formatProblem);
}

const issues = (
  schema: {
    safeParse(value: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  value: unknown,
) =>
  schema
    .safeParse(value)
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('schemas derive what authors leave out', () => {
  it('dates: precision and bounds from the EDTF; a derived value given must agree', () => {
    expect(FuzzyDateSchema.parse({ edtf: '2018-35' })).toEqual({
      edtf: '2018-35',
      precision: 'quarter',
      earliest: '2018-07-01',
      latest: '2018-09-30',
      evidence: [],
    });
    expect(PeriodSchema.parse({ edtf: '../2025-01-15' })).toMatchObject({
      earliest: null,
      latest: '2025-01-15',
    });
    expect(issues(FuzzyDateSchema, { edtf: '2018', earliest: '2018-02-01' })).toEqual([
      'earliest: earliest is derived from edtf "2018" (2018-01-01); leave it out',
    ]);
    expect(issues(FuzzyDateSchema, { edtf: '../2018' })).toEqual([
      'edtf: "../2018" is an interval; a date is one of YYYY, YYYY-MM, YYYY-MM-DD, a quarter YYYY-33..YYYY-36 or a half YYYY-40/YYYY-41, optionally ending in ?, ~ or %',
    ]);
  });

  it('document numbers: parts from the number as written', () => {
    expect(DocumentNumberSchema.parse('03/2019/NĐ-CP')).toEqual({
      raw: '03/2019/NĐ-CP',
      ascii: '03/2019/ND-CP',
      sequence: 3,
      year: 2019,
      typeCode: 'ND',
      issuerCode: 'CP',
    });
    expect(DocumentNumberSchema.parse('07/2012/TTLT-BCA-BQP')).toMatchObject({
      sequence: 7,
      typeCode: 'TTLT',
      issuerCode: 'BCA-BQP',
    });
    // Printed with a space after the year, as one page has it: the same parts.
    expect(DocumentNumberSchema.parse('07/2012 TTLT-BCA-BQP')).toMatchObject({
      raw: '07/2012 TTLT-BCA-BQP',
      sequence: 7,
      year: 2012,
      typeCode: 'TTLT',
      issuerCode: 'BCA-BQP',
    });
    expect(issues(DocumentNumberSchema, '07/2012  TTLT-BCA-BQP')).toHaveLength(1);
    expect(DocumentNumberSchema.parse('77')).toMatchObject({
      sequence: 77,
      year: null,
      typeCode: null,
    });
    expect(issues(DocumentNumberSchema, { raw: '77', sequence: 78 })).toEqual([
      'sequence: sequence is derived from raw "77" (77); leave it out',
    ]);
    expect(issues(DocumentNumberSchema, 'No. 77')).toEqual([
      ': "No. 77" is not a number of a known form: NN/YYYY/TYPE-ISSUER (03/2019/NĐ-CP) or a bare number (77)',
    ]);
    expect(DocumentSchema.shape.kind.options).toContain('circular');
  });

  it('evidence: a quote (offsets spanning its code points, NFC) or a cited place with a note; its kind is derived', () => {
    expect(EvidenceSchema.parse({ source: 'a', quote: 'a\u{1F600}b', start: 0, end: 3 }).kind).toBe(
      'quote',
    );
    expect(
      EvidenceSchema.parse({
        source: 'a',
        locator: 'headline',
        note: 'The headline names the meeting.',
      }).kind,
    ).toBe('cited');
    expect(issues(EvidenceSchema, { source: 'a', quote: 'a\u{1F600}b', start: 0, end: 4 })).toEqual(
      ['end: end - start is 4 but the quote is 3 code points long'],
    );
    expect(issues(EvidenceSchema, { source: 'a', quote: 'Đe\u0301', start: 0, end: 3 })).toContain(
      'quote: must be in Unicode NFC, as the texts are',
    );
    expect(
      EvidenceSchema.safeParse({ source: 'a', quote: 'x', start: 0, end: 1, page: 2 }).success,
    ).toBe(false);
  });

  it('ids are kebab-case', () => {
    for (const id of ['decree-03-2019-nd-cp', 'a', '2018-q3'])
      expect(IdSchema.safeParse(id).success, id).toBe(true);
    for (const id of ['Decree-03', 'decree_03', '-lead', 'trail-', 'double--hyphen', ''])
      expect(IdSchema.safeParse(id).success, id).toBe(false);
  });
});

describe('createDataset and validateRecords', () => {
  it('derives back-references and claim dates, sorts by id and freezes everything', () => {
    const dataset = fixture();
    expect(dataset.meetings.map((meeting) => [meeting.id, meeting.metrics])).toEqual([
      ['review-2020-h1', []],
      ['review-2021', ['drugs-2021', 'links-2021']],
      ['review-2022', ['households-2022', 'links-2022']],
    ]);
    expect(dataset.sources.map((source) => [source.id, source.reports])).toEqual([
      ['article', ['review-2020-h1', 'review-2021', 'review-2022']],
      ['page', ['review-2022']],
    ]);
    expect(dataset.people[0]?.ranks[1]?.asOf.edtf).toBe('2023-02-09');
    expect(
      Object.isFrozen(dataset) &&
        Object.isFrozen(dataset.meetings) &&
        Object.isFrozen(dataset.meetings[0]?.date.evidence[0]),
    ).toBe(true);
    expect(() => (dataset.meetings as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('derives the level of meetings and scopes from their place', () => {
    const dataset = fixture();
    expect(dataset.metrics.map((metric) => [metric.id, metric.scope])).toEqual([
      ['drugs-2021', { level: 'national', place: null }],
      ['households-2022', { level: 'province', place: 'quang-ninh' }],
      ['links-2021', { level: 'national', place: null }],
      ['links-2022', { level: 'national', place: null }],
    ]);
    expect(dataset.meetings.map((meeting) => meeting.level)).toEqual([
      'national',
      'national',
      'national',
    ]);
  });

  it('accepts an inference on a field the build derives, such as the scope.level of a metric as authored', () => {
    const input = fixtureInput() as Mutable<Input>;
    const metric = input.metrics?.find((candidate) => candidate.id === 'links-2021') as {
      inferences?: { field: string; note: string }[];
    };
    metric.inferences = [{ field: 'scope.level', note: 'No place is named: a national figure.' }];
    const dataset = createDataset(input);
    expect(dataset.metrics.find((candidate) => candidate.id === 'links-2021')?.inferences).toEqual([
      { field: 'scope.level', note: 'No place is named: a national figure.' },
    ]);
  });

  it('dates a claim without a meeting (a promotion) by its own asOf, which it must have', () => {
    const person = fixture().people.find((candidate) => candidate.id === 'le-van-a');
    expect(person?.ranks.at(-1)).toMatchObject({
      meeting: null,
      kind: 'promotion',
      asOf: { earliest: '2024-10-20', latest: '2024-10-20' },
    });
    expect(
      problemsAfter(
        (input) => void delete (input.people?.[0]?.ranks?.[3] as { asOf?: unknown }).asOf,
      ),
    ).toContain(
      'people/le-van-a: ranks[3].asOf: a claim without a meeting needs its own date (asOf, with evidence)',
    );
  });

  it("a conflict's resolution names one of its claims", () => {
    const resolution = {
      value: 'Senior Lieutenant General',
      evidence: [cited('the opening paragraph', 'The page dates his promotion.')],
      note: 'The promotion date settles it.',
    };
    expect(
      problemsAfter((input) => void Object.assign(input.conflicts![0]!, { resolution })),
    ).toEqual([]);
    expect(
      problemsAfter(
        (input) =>
          void Object.assign(input.conflicts![0]!, {
            resolution: { ...resolution, value: 'General' },
          }),
      ),
    ).toContain(
      'conflicts/le-van-a-rank-2022: resolution.value: "General" is none of the claims\' values',
    );
  });

  it('recomputes derived fields given in the input, so bundled records can be reused with fewer metrics', () => {
    const dataset = createDataset({
      ...bundled,
      metrics: bundled.metrics.filter((metric) => metric.scope.level === 'national'),
    });
    expect(getRecord('meetings', 'annual-review-2024', { dataset }).metrics).toHaveLength(5);
    expect(metricSeries('links-removed', { dataset }).map((point) => point.period.edtf)).toEqual([
      '2022',
      '2024',
    ]);
  });

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

/** Each rule, with a change to the fixture that breaks it and what it must say. */
const RULE_CASES: Record<
  string,
  readonly [change: (input: Mutable<Input>) => void, expected: string][]
> = {
  'unique-ids': [
    [
      (input) =>
        input.indicators?.push({
          id: 'households',
          label: 'X',
          unit: 'x',
          description: 'x',
          category: 'other',
        }),
      'indicators/households: id: id "households" is used by 2 records in indicators',
    ],
  ],
  'references-resolve': [
    [
      (input) => void ((input.metrics?.[0] as { indicator: string }).indicator = 'link-removed'),
      'metrics/links-2021: indicator: no indicators record has id "link-removed"; did you mean "links-removed"?',
    ],
    [
      (input) => void ((input.meetings?.[2]?.evidence[1] as { source: string }).source = 'nowhere'),
      'meetings/review-2022: evidence[1].source: no sources record has id "nowhere"',
    ],
  ],
  'evidence-quotes-match': [
    [
      (input) => {
        const evidence = input.meetings?.[0]?.evidence[0] as { start: number; end: number };
        evidence.start += 1;
        evidence.end += 1;
      },
      'meetings/review-2020-h1: evidence[0].quote: quote "the two ministries met online" is at 11-40 in article, not at 12-41 (which holds "he two ministries met online ")',
    ],
    [
      (input) =>
        void ((input.meetings?.[0] as { date: unknown }).date = {
          edtf: '2020-07-31',
          evidence: [{ ...quote('On 31 July'), start: 100, end: 110 }],
        }),
      'meetings/review-2020-h1: date.evidence[0].quote: quote "On 31 July" is at 0-10 in article, not at 100-110 (which holds',
    ],
    [
      (input) =>
        void (input.meetings?.[2]?.evidence as unknown[]).splice(1, 1, {
          source: 'page',
          quote: 'x',
          start: 0,
          end: 1,
        }),
      'meetings/review-2022: evidence[1]: page is a cited page, whose text is not in the repository: cite it with a locator and a note, not a quote',
    ],
  ],
  'dates-have-support': [
    [
      (input) => void input.meetings?.[1]?.inferences?.splice(0, 1),
      'meetings/review-2021: date.evidence: the date has no evidence; cite what states it, or record the inference of "date" with its reasoning',
    ],
  ],
  'date-matches-quote': [
    [
      (input) => void ((input.meetings?.[0]?.date as { edtf: string }).edtf = '2020-08-01'),
      'meetings/review-2020-h1: date.edtf: the quote at date.evidence[0] states "31 july", which "2020-08-01" does not cover',
    ],
    [
      (input) => void ((input.documents?.[0]?.issued as { edtf: string }).edtf = '2019-09-06'),
      'documents/decree-03: issued.edtf: the quote at issued.evidence[0] states "5 september 2019", which "2019-09-06" does not cover',
    ],
  ],
  'meeting-not-before-period': [
    [
      (input) => void ((input.meetings?.[0]?.periodReviewed as { edtf: string }).edtf = '2020-08'),
      'meetings/review-2020-h1: date.edtf: "2020-07-31" may fall on 2020-07-31, before the period it reviews (2020-08) starts on 2020-08-01',
    ],
  ],
  'co-chairs-match-participants': [
    [
      (input) => void input.meetings?.[2]?.coChairs?.pop(),
      'meetings/review-2022: coChairs: participants place "tran-thi-b" in the co-chair or presider role, but coChairs does not list them',
    ],
  ],
  'participant-sites-exist': [
    [
      (input) =>
        void ((input.meetings?.[2]?.participants?.[0] as { site?: string }).site = 'Hanoi'),
      'meetings/review-2022: participants[0].site: no site of this meeting is named "Hanoi" (sites: none)',
    ],
  ],
  'meeting-sources-cited': [
    [
      (input) => void input.meetings?.[2]?.sources.pop(),
      'meetings/review-2022: participants[2].evidence[0].source: evidence cites "page", which is not among the meeting\'s sources',
    ],
  ],
  'claims-cite-meeting-sources': [
    [
      (input) =>
        void ((input.people?.[0]?.positions?.[0] as { meeting: string }).meeting =
          'review-2020-h1'),
      'people/le-van-a: positions[0].evidence[0].source: cites "page", which does not report meeting "review-2020-h1"',
    ],
  ],
  'claims-unique': [
    [
      (input) => void input.people?.[0]?.ranks?.push({ ...input.people[0].ranks[0]! }),
      'people/le-van-a: ranks[4]: repeats ranks[0] (same meeting or date, and wording); add the evidence there instead',
    ],
  ],
  'metric-unit-matches-indicator': [
    [
      (input) => void ((input.metrics?.[0] as { unit: string }).unit = 'drugs'),
      'metrics/links-2021: unit: unit "drugs" differs from the unit of indicator "links-removed" ("links")',
    ],
  ],
  'metric-groups-consistent': [
    [
      (input) => void ((input.metrics?.[0] as { group: string }).group = 'a-figure'),
      'metrics/links-2021: group: group "a-figure" has only this metric; a group joins the parts of one figure',
    ],
  ],
  'quantity-matches-words': [
    [
      (input) => void Object.assign(input.metrics![0]!.quantity, { value: 99999, lower: 99999 }),
      'metrics/links-2021: quantity.value: "more than 100" gives 100, not 99999',
    ],
    [
      (input) =>
        void Object.assign(input.metrics![0]!.quantity, { qualifier: 'exact', upper: 100 }),
      'metrics/links-2021: quantity.qualifier: "more than 100" reads as more-than, not exact',
    ],
    [
      (input) =>
        void ((input.metrics![0] as { quantity: unknown }).quantity = {
          value: null,
          qualifier: 'magnitude',
          lower: 100,
          upper: 9999,
          asReported: 'hundreds of',
        }),
      'metrics/links-2021: quantity.upper: "hundreds of" means at most 999, not 9999',
    ],
    [
      (input) => void ((input.metrics![0]!.quantity as { asReported: string }).asReported = 'many'),
      'metrics/links-2021: quantity.asReported: cannot read "many" as a quantity',
    ],
  ],
  'as-reported-in-evidence': [
    [
      (input) => void ((input.metrics?.[0]?.quantity as { asReported: string }).asReported = '13'),
      'metrics/links-2021: quantity.asReported: "13" is not written in every quote that backs it',
    ],
  ],
  'rank-code-matches-rendering': [
    [
      (input) => void ((input.people?.[0]?.ranks?.[0] as { rank: string }).rank = 'dai-tuong'),
      'people/le-van-a: ranks[0].rank: "Major General" renders thieu-tuong, not dai-tuong (Đại tướng)',
    ],
  ],
  'inference-fields-exist': [
    [
      (input) => void input.meetings?.[0]?.inferences?.push({ field: 'venue', note: 'x' }),
      'meetings/review-2020-h1: inferences[1].field: the record has no field "venue"',
    ],
  ],
  'conflict-claims-distinct': [
    [
      (input) =>
        void ((input.conflicts?.[0]?.claims[1] as { value: string }).value = 'Lieutenant General'),
      'conflicts/le-van-a-rank-2022: claims[1].value: "Lieutenant General" is already claim 0',
    ],
  ],
  'organization-parents-acyclic': [
    [
      (input) => void ((input.organizations?.[0] as { parent?: string }).parent = 'command-a'),
      'organizations/command-a: parent: parent makes a cycle: command-a -> ministry-a -> command-a',
    ],
  ],
  'places-fit': [
    [
      (input) => void ((input.places?.[0] as { parent?: string }).parent = 'ha-long'),
      'places/quang-ninh: parent: a province cannot lie in a district ("ha-long")',
    ],
  ],
  'redirects-resolve': [
    [
      (input) => void ((input.redirects?.[0] as { to: string }).to = 'review-of-2022'),
      'redirects/review-of-2022: to: redirects loop: review-of-2022 -> review-of-2022',
    ],
    [
      (input) => void ((input.redirects?.[0] as { id: string }).id = 'review-2021'),
      'redirects/review-2021: id: "review-2021" is still a live meetings record; a redirect is only for a retired id',
    ],
  ],
};

describe('each whole-dataset rule catches what it is for', () => {
  it('the fixture passes every rule', () => expect(problemsAfter(() => {})).toEqual([]));

  it('every rule has cases here', () =>
    expect(Object.keys(RULE_CASES).sort()).toEqual(RULES.map((rule) => rule.name).sort()));

  for (const rule of RULES) {
    it.each(RULE_CASES[rule.name] ?? [])(`${rule.name}: case %#`, (change, expected) => {
      const found = problemsAfter(change, rule.name);
      expect(
        found.some((line) => line.startsWith(expected)),
        `${found.join('\n')}\nshould include\n${expected}`,
      ).toBe(true);
    });
  }
});
