import type { Ids } from '../../src/core/collections.js';
import type { Dataset } from '../../src/dataset.js';
import type { DatasetInput } from '../../src/validate/dataset-input.js';
import { createDataset } from '../../src/validate/validate-records.js';

/**
 * A small made-up dataset for helper tests: three meetings of two officials, four metrics, a
 * decree, a conflict, a redirect. Helper tests answer from it, so that adding a record to the
 * real data breaks no helper test. Its text is invented for the tests.
 */
export const FIXTURE_TEXT = [
  'On 31 July the two ministries met online to review the first half of 2020.',
  'Major General Le Van A and Colonel Tran Thi B co-chaired the meeting.',
  'In 2021 the forces removed more than 100 links and fought 12 drug cases.',
  'On 9 February 2023 they met again; Lieutenant General Le Van A co-chaired with Tran Thi B.',
  'Senior Lieutenant General Le Van A spoke. More than 200 links were removed in 2022.',
  'In Quang Ninh province, nearly 50 households joined the self-management groups.',
  'Decree No. 03/2019/ND-CP was issued on 5 September 2019.',
].join('\n');

/** Quote evidence for words of the fixture text: the offsets where they first occur. */
export function quote(words: string, occurrence = 0) {
  let unit = -1;
  for (let index = 0; index <= occurrence; index += 1) unit = FIXTURE_TEXT.indexOf(words, unit + 1);
  if (unit === -1) throw new Error(`"${words}" is not in the fixture text`);
  const start = [...FIXTURE_TEXT.slice(0, unit)].length;
  return { source: 'article', quote: words, start, end: start + [...words].length };
}

export const cited = (locator: string, note: string) => ({ source: 'page', locator, note });

/** The fixture's records, as authored (derived fields left out). */
export function fixtureInput(): DatasetInput {
  return {
    sources: [
      {
        id: 'article',
        kind: 'bundled',
        title: 'A made-up article',
        publisher: null,
        url: null,
        published: null,
        language: 'en',
        sha256: '0'.repeat(64),
        originalFileName: 'article.txt',
        evidence: [cited('the page address', 'The fixture article has no headline.')],
      },
      {
        id: 'page',
        kind: 'cited',
        title: 'A made-up page',
        publisher: {
          name: 'Example News',
          evidence: [cited('the site header', 'The site names itself Example News.')],
        },
        url: 'https://example.org/page',
        published: {
          edtf: '2023-02-10',
          evidence: [cited('the dateline', 'The page is dated 10 February 2023.')],
        },
        language: 'vi',
        evidence: [cited('the headline', 'The headline names the February meeting.')],
      },
    ],
    organizations: [
      {
        id: 'ministry-a',
        name: 'Ministry A',
        kind: 'ministry',
        evidence: [cited('the opening paragraph', 'The page names Ministry A.')],
      },
      {
        id: 'command-a',
        name: 'Command A',
        kind: 'local-command',
        parent: 'ministry-a',
        place: 'ha-long',
        evidence: [cited('the second paragraph', 'The page names Command A.')],
      },
    ],
    places: [
      {
        id: 'quang-ninh',
        name: 'Quang Ninh',
        vietnameseName: 'Quảng Ninh',
        level: 'province',
        evidence: [
          quote('In Quang Ninh province'),
          cited('the second paragraph', 'The page writes Quảng Ninh.'),
        ],
      },
      {
        id: 'ha-long',
        name: 'Ha Long',
        level: 'district',
        parent: 'quang-ninh',
        evidence: [
          cited('the second paragraph', 'The page places Command A in Ha Long, Quang Ninh.'),
        ],
      },
    ],
    people: [
      {
        id: 'le-van-a',
        name: 'Le Van A',
        otherNames: ['Lê Văn A'],
        service: 'army',
        evidence: [cited('the opening paragraph', 'The page writes the name with diacritics.')],
        ranks: [
          {
            rank: 'thieu-tuong',
            asReported: 'Major General',
            meeting: 'review-2020-h1',
            evidence: [quote('Major General Le Van A')],
          },
          {
            rank: 'trung-tuong',
            asReported: 'Lieutenant General',
            meeting: 'review-2022',
            evidence: [quote('Lieutenant General Le Van A co-chaired')],
          },
          {
            rank: 'thuong-tuong',
            asReported: 'Senior Lieutenant General',
            meeting: 'review-2022',
            evidence: [quote('Senior Lieutenant General Le Van A')],
          },
          {
            rank: 'dai-tuong',
            asReported: 'Đại tướng',
            kind: 'promotion',
            meeting: null,
            asOf: {
              edtf: '2024-10-20',
              evidence: [
                cited('the opening paragraph', 'The page dates the promotion 20/10/2024.'),
              ],
            },
            evidence: [cited('the headline', 'The page reports his promotion to Đại tướng.')],
          },
        ],
        positions: [
          {
            title: 'Member',
            organization: 'ministry-a',
            asReported: 'member of Ministry A',
            meeting: 'review-2022',
            evidence: [
              cited('the opening paragraph', 'The page calls him a member of Ministry A.'),
            ],
          },
        ],
      },
      {
        id: 'tran-thi-b',
        name: 'Tran Thi B',
        service: 'police',
        ranks: [
          {
            rank: null,
            asReported: 'Colonel',
            meeting: 'review-2020-h1',
            note: 'Colonel renders two ranks.',
            evidence: [quote('Colonel Tran Thi B')],
          },
        ],
      },
    ],
    documents: [
      {
        id: 'decree-03',
        kind: 'decree',
        number: '03/2019/ND-CP',
        title: 'Decree No. 03/2019/ND-CP',
        issuer: null,
        issued: { edtf: '2019-09-05', evidence: [quote('issued on 5 September 2019')] },
        mentions: [quote('Decree No. 03/2019/ND-CP')],
      },
    ],
    meetings: [
      {
        id: 'review-2020-h1',
        title: 'Review of the first half of 2020',
        kind: 'semiannual-review',
        date: { edtf: '2020-07-31', evidence: [quote('On 31 July')] },
        periodReviewed: { edtf: '2020-40', evidence: [quote('the first half of 2020')] },
        documents: ['decree-03'],
        coChairs: ['le-van-a', 'tran-thi-b'],
        participants: [
          {
            person: 'le-van-a',
            role: 'co-chair',
            rankAsReported: 'Major General',
            evidence: [quote('Major General Le Van A and Colonel Tran Thi B co-chaired')],
          },
          {
            person: 'tran-thi-b',
            role: 'co-chair',
            rankAsReported: 'Colonel',
            evidence: [quote('Major General Le Van A and Colonel Tran Thi B co-chaired')],
          },
        ],
        sources: ['article'],
        evidence: [quote('the two ministries met online')],
        inferences: [
          {
            field: 'date',
            note: 'The text gives 31 July without a year; it reviews the first half of 2020.',
          },
        ],
      },
      {
        id: 'review-2021',
        title: 'A meeting known only to its year',
        kind: 'annual-review',
        date: { edtf: '2021' },
        periodReviewed: { edtf: '2021', evidence: [quote('In 2021')] },
        sources: ['article'],
        evidence: [quote('In 2021 the forces')],
        inferences: [
          {
            field: 'date',
            note: 'The text reports work in 2021; the meeting is taken to be in that year.',
          },
        ],
      },
      {
        id: 'review-2022',
        title: 'Review of 2022',
        kind: 'annual-review',
        date: { edtf: '2023-02-09', evidence: [quote('On 9 February 2023')] },
        periodReviewed: { edtf: '2022', evidence: [quote('in 2022')] },
        documents: ['decree-03'],
        coChairs: ['le-van-a', 'tran-thi-b'],
        participants: [
          {
            person: 'le-van-a',
            role: 'co-chair',
            rankAsReported: 'Lieutenant General',
            evidence: [quote('Lieutenant General Le Van A co-chaired with Tran Thi B')],
          },
          {
            person: 'tran-thi-b',
            role: 'co-chair',
            evidence: [quote('Lieutenant General Le Van A co-chaired with Tran Thi B')],
          },
          {
            organization: 'command-a',
            role: 'attendee',
            evidence: [cited('the second paragraph', 'Command A attended.')],
          },
        ],
        sources: ['article', 'page'],
        evidence: [
          quote('they met again'),
          cited('the opening paragraph', 'The page reports the meeting of 9 February 2023.'),
        ],
      },
    ],
    indicators: [
      {
        id: 'links-removed',
        label: 'Links removed',
        unit: 'links',
        description: 'Links to hostile content removed.',
        category: 'cyberspace',
      },
      {
        id: 'drug-cases',
        label: 'Drug cases',
        unit: 'cases',
        description: 'Drug cases fought.',
        category: 'crime',
      },
      {
        id: 'households',
        label: 'Households',
        unit: 'households',
        description: 'Households in self-management groups.',
        category: 'border-and-sea',
      },
    ],
    metrics: [
      {
        id: 'links-2021',
        meeting: 'review-2021',
        indicator: 'links-removed',
        quantity: {
          value: 100,
          qualifier: 'more-than',
          lower: 100,
          upper: null,
          asReported: 'more than 100',
        },
        unit: 'links',
        counted: 'links',
        period: { edtf: '2021', evidence: [quote('In 2021')] },
        cumulative: false,
        scope: { place: null },
        evidence: [quote('removed more than 100 links')],
      },
      {
        id: 'drugs-2021',
        meeting: 'review-2021',
        indicator: 'drug-cases',
        quantity: { value: 12, qualifier: 'exact', lower: 12, upper: 12, asReported: '12' },
        unit: 'cases',
        counted: 'drug cases',
        period: { edtf: '2021', evidence: [quote('In 2021')] },
        cumulative: false,
        scope: { place: null },
        evidence: [quote('fought 12 drug cases')],
      },
      {
        id: 'links-2022',
        meeting: 'review-2022',
        indicator: 'links-removed',
        quantity: {
          value: 200,
          qualifier: 'more-than',
          lower: 200,
          upper: null,
          asReported: 'More than 200',
        },
        unit: 'links',
        counted: 'links',
        period: { edtf: '2022', evidence: [quote('in 2022')] },
        cumulative: false,
        scope: { place: null },
        evidence: [quote('More than 200 links were removed in 2022')],
      },
      {
        id: 'households-2022',
        meeting: 'review-2022',
        indicator: 'households',
        quantity: {
          value: 50,
          qualifier: 'nearly',
          lower: null,
          upper: 50,
          asReported: 'nearly 50',
        },
        unit: 'households',
        counted: 'households',
        period: { edtf: '../2023-02-09', evidence: [] },
        cumulative: true,
        scope: { place: 'quang-ninh' },
        evidence: [quote('nearly 50 households')],
        inferences: [{ field: 'period', note: 'A running total as of the meeting.' }],
      },
    ],
    conflicts: [
      {
        id: 'le-van-a-rank-2022',
        record: { collection: 'people', id: 'le-van-a' },
        field: 'ranks',
        kind: 'contradiction',
        claims: [
          {
            value: 'Lieutenant General',
            evidence: [quote('Lieutenant General Le Van A co-chaired')],
          },
          {
            value: 'Senior Lieutenant General',
            evidence: [quote('Senior Lieutenant General Le Van A')],
          },
        ],
        note: 'The article gives two ranks for one meeting.',
      },
    ],
    redirects: [
      {
        id: 'review-of-2022',
        collection: 'meetings',
        to: 'review-2022',
        reason: 'Renamed after the period it reviews.',
      },
    ],
  };
}

/** The fixture as a dataset, its quotes checked against the fixture text. */
export function fixture(): Dataset<Ids> {
  return createDataset(fixtureInput(), { texts: { article: FIXTURE_TEXT } });
}

/** A metric of the figures fixture: reported at the review of 2022 (the page), its period read from the page. */
function figure(
  id: string,
  indicator: string,
  unit: string,
  quantity: { value: number | null; qualifier: string; lower: number | null; upper: number | null },
  asReported: string,
  edtf: string,
  place: string | null,
) {
  return {
    id,
    meeting: 'review-2022',
    indicator,
    quantity: { ...quantity, asReported },
    unit,
    counted: unit,
    period: { edtf, evidence: [cited('the third paragraph', `The figure is for ${edtf}.`)] },
    cumulative: false,
    scope: { place },
    evidence: [cited('the third paragraph', `The page gives ${asReported} ${unit}.`)],
  };
}

const exact = (value: number) => ({ value, qualifier: 'exact', lower: value, upper: value });

/**
 * The fixture with figures that must not all be added: persons arrested nationwide in 2021 and
 * 2022 (the 2022 figure reported twice: "120" and "more than 100"), in Quang Ninh in 2022 (two
 * figures that disagree: 30 and 25) and in its first half (10), in Ha Long district in 2022
 * (nearly 5); drug suspects nationwide in 2022 (7, another indicator in persons); arrest turns in
 * Quang Ninh in 2022 (40 person-turns); patrols nationwide in 2021 and from July 2021 to June 2022
 * (10 and 12 patrol-turns, periods of 12 months that overlap).
 */
export function figuresInput(): DatasetInput {
  const input = fixtureInput();
  const indicator = (id: string, unit: string, category: string) => ({
    id,
    label: id[0]?.toUpperCase() + id.slice(1).replaceAll('-', ' '),
    unit,
    description: `${id} counted in ${unit}.`,
    category,
  });
  return {
    ...input,
    indicators: [
      ...(input.indicators ?? []),
      indicator('arrests', 'persons', 'crime'),
      indicator('drug-suspects', 'persons', 'crime'),
      indicator('arrest-turns', 'person-turns', 'crime'),
      indicator('patrols', 'patrol-turns', 'border-and-sea'),
    ],
    metrics: [
      ...(input.metrics ?? []),
      figure('arrests-2021', 'arrests', 'persons', exact(100), '100', '2021', null),
      figure('arrests-2022', 'arrests', 'persons', exact(120), '120', '2022', null),
      figure(
        'arrests-2022-again',
        'arrests',
        'persons',
        { value: 100, qualifier: 'more-than', lower: 100, upper: null },
        'more than 100',
        '2022',
        null,
      ),
      figure(
        'arrests-2022-quang-ninh',
        'arrests',
        'persons',
        exact(30),
        '30',
        '2022',
        'quang-ninh',
      ),
      figure(
        'arrests-2022-quang-ninh-b',
        'arrests',
        'persons',
        exact(25),
        '25',
        '2022',
        'quang-ninh',
      ),
      figure(
        'arrests-2022-h1-quang-ninh',
        'arrests',
        'persons',
        exact(10),
        '10',
        '2022-40',
        'quang-ninh',
      ),
      figure(
        'arrests-2022-ha-long',
        'arrests',
        'persons',
        { value: 5, qualifier: 'nearly', lower: null, upper: 5 },
        'nearly 5',
        '2022',
        'ha-long',
      ),
      figure('drug-suspects-2022', 'drug-suspects', 'persons', exact(7), '7', '2022', null),
      figure(
        'arrest-turns-2022',
        'arrest-turns',
        'person-turns',
        exact(40),
        '40',
        '2022',
        'quang-ninh',
      ),
      figure('patrols-2021', 'patrols', 'patrol-turns', exact(10), '10', '2021', null),
      figure(
        'patrols-2021-2022',
        'patrols',
        'patrol-turns',
        exact(12),
        '12',
        '2021-07/2022-06',
        null,
      ),
    ],
  } as DatasetInput;
}

/** {@link figuresInput} as a dataset. */
export function figuresFixture(): Dataset<Ids> {
  return createDataset(figuresInput(), { texts: { article: FIXTURE_TEXT } });
}
