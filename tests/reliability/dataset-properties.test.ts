import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset, DatasetValidationError } from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../../src/dataset/collections.js';
import { datasetCopy, type MutableDataset } from '../helpers/dataset-copy.js';
import { sourceTexts } from '../helpers/source-texts.js';

const texts = sourceTexts();
const allRecords = COLLECTION_NAMES.flatMap((collection) =>
  (bundledDataset[collection] as readonly object[]).map((record) => ({ collection, record })),
);

/** A valid dataset: the real one restricted to some of its meetings, with everything that hangs on them. */
const validDataset = fc
  .subarray(bundledDataset.meetings.map((meeting) => meeting.id))
  .map((kept) => {
    const dataset = datasetCopy();
    const meetings = new Set(kept);
    dataset.meetings = dataset.meetings.filter((meeting) => meetings.has(meeting.id));
    dataset.metrics = dataset.metrics.filter((metric) => meetings.has(metric.meeting));
    dataset.people = dataset.people
      .map((person) => ({
        ...person,
        ranks: person.ranks.filter((claim) => meetings.has(claim.meeting)),
        positions: person.positions.filter((claim) => meetings.has(claim.meeting)),
      }))
      .filter((person) => person.ranks.length + person.positions.length > 0);
    const survives = (collection: string, id: string) =>
      (dataset[collection as 'people'] as readonly { id: string }[]).some(
        (record) => record.id === id,
      );
    dataset.conflicts = dataset.conflicts.filter((conflict) =>
      survives(conflict.record.collection, conflict.record.id),
    );
    return dataset;
  });

/** Breaking one thing in a dataset: each of these must be rejected. */
const MUTATIONS: Record<string, (dataset: MutableDataset, pick: number) => void> = {
  'a duplicated record': (dataset, pick) => {
    const collection = (['organizations', 'people', 'documents', 'metrics', 'indicators'] as const)[
      pick % 5
    ] as 'organizations';
    dataset[collection].push(
      structuredClone(dataset[collection][pick % dataset[collection].length]!),
    );
  },
  'a dangling reference': (dataset, pick) => {
    dataset.metrics[pick % dataset.metrics.length]!.indicator = 'no-such-indicator';
  },
  'offsets that miss the quote': (dataset, pick) => {
    const evidence = dataset.organizations[pick % dataset.organizations.length]!.evidence[0]!;
    evidence.start += 1;
    evidence.end += 1;
  },
  'bounds that contradict the qualifier': (dataset, pick) => {
    const quantity = dataset.metrics[pick % dataset.metrics.length]!.quantity;
    quantity.upper = (quantity.lower ?? 0) - 1;
  },
  'an unknown field': (dataset, pick) => {
    (dataset.people[pick % dataset.people.length] as Record<string, unknown>).nickname = 'x';
  },
  'an impossible date': (dataset, pick) => {
    dataset.meetings[pick % dataset.meetings.length]!.date.edtf = '2023-02-30';
  },
  'a rank code the words cannot stand for': (dataset, pick) => {
    const claims = dataset.people
      .flatMap((person) => person.ranks)
      .filter((claim) => claim.rank !== null);
    const claim = claims[pick % claims.length]!;
    claim.rank = claim.rank === 'thieu-ta' ? 'dai-tuong' : 'thieu-ta';
  },
  'a removed organization that records refer to': (dataset, pick) => {
    const used = [
      ...new Set(
        dataset.people.flatMap((person) =>
          person.positions.flatMap((claim) => (claim.organization ? [claim.organization] : [])),
        ),
      ),
    ];
    const gone = used[pick % used.length];
    dataset.organizations = dataset.organizations.filter(
      (organization) => organization.id !== gone,
    );
  },
};

describe('dataset properties', () => {
  it('every exported record round-trips through JSON and its schema', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allRecords), ({ collection, record }) => {
        const parsed = COLLECTION_SCHEMAS[collection].parse(JSON.parse(JSON.stringify(record)));
        expect(parsed).toEqual(record);
      }),
    );
  });

  it('random valid datasets are accepted and keep every invariant', () => {
    fc.assert(
      fc.property(validDataset, (input) => {
        const dataset = createDataset(input, { texts });
        for (const collection of COLLECTION_NAMES) {
          const ids = (dataset[collection] as readonly { id: string }[]).map((record) => record.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
        const meetings = new Set(dataset.meetings.map((meeting) => meeting.id));
        const people = new Set(dataset.people.map((person) => person.id));
        for (const metric of dataset.metrics) expect(meetings.has(metric.meeting)).toBe(true);
        for (const person of dataset.people)
          for (const claim of [...person.ranks, ...person.positions])
            expect(meetings.has(claim.meeting)).toBe(true);
        for (const meeting of dataset.meetings)
          for (const chair of meeting.coChairs) expect(people.has(chair)).toBe(true);
        for (const meeting of dataset.meetings)
          expect(meeting.metrics).toEqual(
            dataset.metrics
              .filter((metric) => metric.meeting === meeting.id)
              .map((metric) => metric.id),
          );
      }),
      { numRuns: 30 },
    );
  });

  it('random invalid datasets are rejected, never accepted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(1000), (mutation, pick) => {
        const dataset = datasetCopy();
        MUTATIONS[mutation]!(dataset, pick);
        expect(() => createDataset(dataset, { texts }), mutation).toThrow(DatasetValidationError);
      }),
      { numRuns: 60 },
    );
  });
});
