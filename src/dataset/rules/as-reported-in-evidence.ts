import type { CollectionName } from '../../schemas/conflict.js';
import type { Evidence } from '../../schemas/evidence.js';
import type { RecordOf } from '../collections.js';
import { evidenceIn } from '../evidence-in.js';
import type { FieldPath } from '../problem.js';
import { type Finding, forEachRecord, type Rule } from '../rule.js';

/** Words that must be found in quotes: in `every` quote of a claim, or in `some` quote of the record. */
interface WordsCheck {
  readonly path: FieldPath;
  readonly words: string;
  readonly quotes: readonly Evidence[];
  readonly mode: 'every' | 'some';
}

const some = (path: FieldPath, words: string, quotes: readonly Evidence[]): WordsCheck => ({
  path,
  words,
  quotes,
  mode: 'some',
});
const every = (path: FieldPath, words: string, quotes: readonly Evidence[]): WordsCheck => ({
  path,
  words,
  quotes,
  mode: 'every',
});
const allEvidence = (value: unknown) => evidenceIn(value).map(({ evidence }) => evidence);

const CHECKS: { [C in CollectionName]: (record: RecordOf<C>) => WordsCheck[] } = {
  sources: (source) => [
    ...(source.titleBasis === 'stated' ? [some(['title'], source.title, source.evidence)] : []),
    ...(source.publisher && source.publisher.basis === 'stated'
      ? [some(['publisher', 'name'], source.publisher.name, source.publisher.evidence)]
      : []),
    ...source.contributors.map((contributor, index) =>
      every(['contributors', index, 'name'], contributor.name, contributor.evidence),
    ),
  ],
  organizations: (organization) => [
    ...(organization.nameBasis === 'stated'
      ? [some(['name'], organization.name, organization.evidence)]
      : []),
    ...organization.otherNames.map((name, index) =>
      some(['otherNames', index], name, organization.evidence),
    ),
    ...organization.abbreviations.map((name, index) =>
      some(['abbreviations', index], name, organization.evidence),
    ),
  ],
  people: (person) => {
    const quotes = allEvidence(person);
    return [
      some(['name'], person.name, quotes),
      ...person.otherNames.map((name, index) => some(['otherNames', index], name, quotes)),
      ...person.ranks.map((claim, index) =>
        every(['ranks', index, 'asReported'], claim.asReported, claim.evidence),
      ),
      ...person.positions.map((claim, index) =>
        every(['positions', index, 'asReported'], claim.asReported, claim.evidence),
      ),
    ];
  },
  documents: (document) => [
    some(['title'], document.title, document.mentions),
    ...document.otherTitles.map((title, index) =>
      some(['otherTitles', index], title, document.mentions),
    ),
    ...document.subjects.map((subject, index) =>
      some(['subjects', index], subject, document.mentions),
    ),
    ...(document.number ? [some(['number', 'raw'], document.number.raw, document.mentions)] : []),
  ],
  meetings: (meeting) => [
    ...meeting.sites.map((site, index) => some(['sites', index, 'name'], site.name, site.evidence)),
    ...meeting.participants.flatMap((participant, index) => [
      ...(participant.rankAsReported
        ? [
            some(
              ['participants', index, 'rankAsReported'],
              participant.rankAsReported,
              participant.evidence,
            ),
          ]
        : []),
      ...(participant.positionsAsReported ?? []).map((position, inner) =>
        some(['participants', index, 'positionsAsReported', inner], position, participant.evidence),
      ),
    ]),
  ],
  metrics: (metric) => [
    every(['quantity', 'asReported'], metric.quantity.asReported, metric.evidence),
    some(['counted'], metric.counted, metric.evidence),
    ...(metric.actorsAsReported
      ? [some(['actorsAsReported'], metric.actorsAsReported, metric.evidence)]
      : []),
  ],
  indicators: () => [],
  conflicts: (conflict) =>
    conflict.claims.map((claim, index) =>
      every(['claims', index, 'value'], claim.value, claim.evidence),
    ),
  redirects: () => [],
};

/** Words a record gives "as written" are found in the quotes that back them. */
export const asReportedInEvidence: Rule = {
  name: 'as-reported-in-evidence',
  description:
    'Every name, spelling, title, rank, position, quantity and other "as written" text of a record occurs in the evidence quotes that back it (in every quote of a claim, in some quote of the record otherwise).',
  check(dataset) {
    const findings: Finding[] = [];
    forEachRecord(dataset, (collection, record) => {
      for (const check of (
        CHECKS[collection] as (record: RecordOf<typeof collection>) => WordsCheck[]
      )(record)) {
        const holds =
          check.mode === 'every'
            ? check.quotes.every((quote) => quote.quote.includes(check.words))
            : check.quotes.some((quote) => quote.quote.includes(check.words));
        if (holds) continue;
        const which =
          check.mode === 'every' ? 'every quote that backs it' : 'any quote of the record';
        findings.push({
          collection,
          id: record.id,
          path: check.path,
          message: `"${check.words}" is not written in ${which}`,
        });
      }
    });
    return findings;
  },
};
