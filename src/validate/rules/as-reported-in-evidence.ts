import type { CollectionName, Ids } from '../../core/collections.js';
import { forEachEvidence } from '../../core/evidence.js';
import type { FieldPath } from '../../core/problem.js';
import type { Evidence, RecordTypes } from '../../schemas/collections.js';
import { forEachRecord, type Rule } from '../rule.js';

type Quotes = readonly Evidence<Ids>[];

/** Words that must be written in quotes: in `every` quote of a claim, or in `some` quote of the record. */
interface WordsCheck {
  readonly path: FieldPath;
  readonly words: string;
  readonly evidence: Quotes;
  readonly mode: 'every' | 'some';
}

const every = (path: FieldPath, words: string, evidence: Quotes): WordsCheck => ({
  path,
  words,
  evidence,
  mode: 'every',
});
const some = (path: FieldPath, words: string, evidence: Quotes): WordsCheck => ({
  path,
  words,
  evidence,
  mode: 'some',
});
const list = <T>(values: readonly T[], check: (value: T, index: number) => WordsCheck) =>
  values.map(check);

function allEvidence(value: unknown, copied: ReadonlySet<object>): Quotes {
  const found: Evidence<Ids>[] = [];
  forEachEvidence(value, (evidence) => found.push(evidence as Evidence<Ids>), copied);
  return found;
}

const CHECKS: {
  [C in CollectionName]: (record: RecordTypes<Ids>[C], copied: ReadonlySet<object>) => WordsCheck[];
} = {
  sources: (source) => [
    ...(source.publisher
      ? [some(['publisher', 'name'], source.publisher.name, source.publisher.evidence)]
      : []),
    ...list(source.contributors, (contributor, index) =>
      every(['contributors', index, 'name'], contributor.name, contributor.evidence),
    ),
  ],
  organizations: (organization) => [
    ...(organization.inferences.some((inference) => inference.field === 'name')
      ? []
      : [some(['name'], organization.name, organization.evidence)]),
    ...(organization.vietnameseName
      ? [some(['vietnameseName'], organization.vietnameseName, organization.evidence)]
      : []),
    ...list(organization.otherNames, (name, index) =>
      some(['otherNames', index], name, organization.evidence),
    ),
    ...list(organization.abbreviations, (name, index) =>
      some(['abbreviations', index], name, organization.evidence),
    ),
  ],
  places: (place) => [
    some(['name'], place.name, place.evidence),
    ...(place.vietnameseName
      ? [some(['vietnameseName'], place.vietnameseName, place.evidence)]
      : []),
    ...list(place.otherNames, (name, index) => some(['otherNames', index], name, place.evidence)),
  ],
  people: (person, copied) => {
    const evidence = allEvidence(person, copied);
    return [
      some(['name'], person.name, evidence),
      ...(person.vietnameseName ? [some(['vietnameseName'], person.vietnameseName, evidence)] : []),
      ...list(person.otherNames, (name, index) => some(['otherNames', index], name, evidence)),
      ...list(person.ranks, (claim, index) =>
        every(['ranks', index, 'asReported'], claim.asReported, claim.evidence),
      ),
      ...list(person.positions, (claim, index) =>
        every(['positions', index, 'asReported'], claim.asReported, claim.evidence),
      ),
    ];
  },
  documents: (document) => [
    some(['title'], document.title, document.mentions),
    ...list(document.otherTitles, (title, index) =>
      some(['otherTitles', index], title, document.mentions),
    ),
    ...list(document.subjects, (subject, index) =>
      some(['subjects', index], subject, document.mentions),
    ),
    ...(document.number ? [some(['number', 'raw'], document.number.raw, document.mentions)] : []),
  ],
  meetings: (meeting) => [
    ...list(meeting.sites, (site, index) =>
      some(['sites', index, 'name'], site.name, site.evidence),
    ),
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
      ...list(participant.positionsAsReported ?? [], (position, inner) =>
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
    list(conflict.claims, (claim, index) =>
      every(['claims', index, 'value'], claim.value, claim.evidence),
    ),
  redirects: () => [],
};

/**
 * Whether the words are written where the check asks. Cited evidence has no text to search: a
 * fact it backs is taken as the citation records it (its note says what the page states).
 */
function holds(check: WordsCheck): boolean {
  const quotes = check.evidence.filter((evidence) => evidence.kind === 'quote');
  if (check.mode === 'every')
    return quotes.every((evidence) => evidence.quote.includes(check.words));
  return check.evidence.some(
    (evidence) => evidence.kind === 'cited' || evidence.quote.includes(check.words),
  );
}

/**
 * Every name, spelling, title, rank, position, quantity and other "as written" text of a record is
 * written in the quotes that back it: in every quote of a claim, in some quote of the record
 * otherwise (facts backed by a cited page are taken as cited).
 */
export const asReportedInEvidence: Rule = {
  name: 'as-reported-in-evidence',
  check(records, { copied }, report) {
    forEachRecord(records, (collection, record) => {
      const checks = CHECKS[collection] as (
        record: unknown,
        copied: ReadonlySet<object>,
      ) => WordsCheck[];
      for (const check of checks(record, copied)) {
        const where =
          check.mode === 'every' ? 'every quote that backs it' : 'any quote of the record';
        if (!holds(check))
          report(collection, record.id, check.path, `"${check.words}" is not written in ${where}`);
      }
    });
  },
};
