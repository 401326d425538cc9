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

/** The check of words (none when there are none): in `every` quote of a claim, or in `some` quote of the record. */
const check =
  (mode: WordsCheck['mode']) =>
  (path: FieldPath, words: string | null | undefined, evidence: Quotes): WordsCheck[] =>
    words ? [{ path, words, evidence, mode }] : [];
const every = check('every');
const some = check('some');
/** The checks of a list of words, each in some quote of the record. */
const someOf = (path: FieldPath, list: readonly string[], evidence: Quotes) =>
  list.flatMap((words, index) => some([...path, index], words, evidence));

function allEvidence(value: unknown, copied: ReadonlySet<object>): Quotes {
  const found: Evidence<Ids>[] = [];
  forEachEvidence(value, (evidence) => found.push(evidence as Evidence<Ids>), copied);
  return found;
}

const CHECKS: {
  [C in CollectionName]: (record: RecordTypes<Ids>[C], copied: ReadonlySet<object>) => WordsCheck[];
} = {
  sources: ({ publisher, contributors }) => [
    ...some(['publisher', 'name'], publisher?.name, publisher?.evidence ?? []),
    ...contributors.flatMap((contributor, index) =>
      every(['contributors', index, 'name'], contributor.name, contributor.evidence),
    ),
  ],
  organizations: (organization) => {
    const { evidence, inferences } = organization;
    const inferred = inferences.some((inference) => inference.field === 'name');
    return [
      ...some(['name'], inferred ? null : organization.name, evidence),
      ...some(['vietnameseName'], organization.vietnameseName, evidence),
      ...someOf(['otherNames'], organization.otherNames, evidence),
      ...someOf(['abbreviations'], organization.abbreviations, evidence),
    ];
  },
  places: (place) => [
    ...some(['name'], place.name, place.evidence),
    ...some(['vietnameseName'], place.vietnameseName, place.evidence),
    ...someOf(['otherNames'], place.otherNames, place.evidence),
  ],
  people: (person, copied) => {
    const evidence = allEvidence(person, copied);
    return [
      ...some(['name'], person.name, evidence),
      ...some(['vietnameseName'], person.vietnameseName, evidence),
      ...someOf(['otherNames'], person.otherNames, evidence),
      ...(['ranks', 'positions'] as const).flatMap((field) =>
        person[field].flatMap((claim, index) =>
          every([field, index, 'asReported'], claim.asReported, claim.evidence),
        ),
      ),
    ];
  },
  documents: (document) => [
    ...some(['title'], document.title, document.mentions),
    ...someOf(['otherTitles'], document.otherTitles, document.mentions),
    ...someOf(['subjects'], document.subjects, document.mentions),
    ...some(['number', 'raw'], document.number?.raw, document.mentions),
  ],
  meetings: (meeting) => [
    ...meeting.sites.flatMap((site, index) =>
      some(['sites', index, 'name'], site.name, site.evidence),
    ),
    ...meeting.participants.flatMap(
      ({ rankAsReported, positionsAsReported = [], evidence }, index) => [
        ...some(['participants', index, 'rankAsReported'], rankAsReported, evidence),
        ...someOf(['participants', index, 'positionsAsReported'], positionsAsReported, evidence),
      ],
    ),
  ],
  metrics: (metric) => [
    ...every(['quantity', 'asReported'], metric.quantity.asReported, metric.evidence),
    ...some(['counted'], metric.counted, metric.evidence),
    ...some(['actorsAsReported'], metric.actorsAsReported, metric.evidence),
  ],
  indicators: () => [],
  conflicts: (conflict) =>
    conflict.claims.flatMap((claim, index) =>
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
