import { describe, expect, it } from 'vitest';
import {
  createDataset,
  DatasetValidationError,
  getMeeting,
  metricSeries,
  summarizeDataset,
} from '../../src/index.js';
import { bundledDataset } from '../../src/dataset/bundled-dataset.js';

/** A metric a user might add: a figure the 2022 report does not give, citing a quote that is in it. */
const userMetric = {
  id: 'annual-review-2022-my-estimate',
  meeting: 'annual-review-2022',
  indicator: 'links-removed',
  quantity: {
    value: 14000,
    qualifier: 'more-than' as const,
    lower: 14000,
    upper: null,
    asReported: 'more than 14,000',
  },
  unit: 'links, accounts and channels',
  counted: 'links',
  period: {
    edtf: '2022',
    precision: 'year' as const,
    earliest: '2022-01-01',
    latest: '2022-12-31',
    basis: 'inferred' as const,
    note: 'My reading.',
  },
  cumulative: false,
  scope: {
    level: 'province' as const,
    area: 'Hanoi',
    basis: 'inferred' as const,
    note: 'My reading.',
  },
  evidence: [{ source: 'qdnd-549232', quote: 'more than 14,000 links', start: 1192, end: 1214 }],
};

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetValidationError)
      return error.problems.map(
        (problem) =>
          `${problem.collection}/${problem.id}: ${problem.path.join('.')}: ${problem.message}`,
      );
    throw error;
  }
  return [];
}

describe('createDataset', () => {
  it('accepts the bundled records plus your own, recomputing derived fields', () => {
    const dataset = createDataset({
      ...bundledDataset,
      metrics: [...bundledDataset.metrics, userMetric],
    });
    expect(getMeeting('annual-review-2022', dataset).metrics).toEqual([
      'annual-review-2022-links-removed',
      'annual-review-2022-my-estimate',
    ]);
    expect(
      metricSeries('links-removed', { dataset, area: 'Hanoi' }).map((point) => point.asReported),
    ).toEqual([['more than 14,000']]);
    expect(summarizeDataset({ dataset }).counts.metrics).toBe(bundledDataset.metrics.length + 1);
  });

  it('returns sorted, deeply frozen records and leaves the input alone', () => {
    const metric = structuredClone(userMetric);
    const dataset = createDataset({
      ...bundledDataset,
      metrics: [metric, ...bundledDataset.metrics],
    });
    const ids = dataset.metrics.map((record) => record.id);
    expect(ids).toEqual([...ids].sort());
    expect(
      Object.isFrozen(dataset.metrics.find((record) => record.id === metric.id)?.quantity),
    ).toBe(true);
    expect(metric).toEqual(userMetric);
  });

  it('rejects invalid records with every problem listed, schema and whole-dataset alike, never half-accepting', () => {
    const problems = problemsOf(() =>
      createDataset({
        ...bundledDataset,
        metrics: [
          ...bundledDataset.metrics,
          { ...userMetric, quantity: { ...userMetric.quantity, qualifier: 'exact' } },
          { ...userMetric, id: 'annual-review-2022-dangling', indicator: 'nope' },
          { ...userMetric, id: 'annual-review-2022-links-removed' },
        ],
      }),
    );
    expect(problems).toEqual([
      'metrics/annual-review-2022-my-estimate: quantity.upper: for "exact", upper must be the value (14000), not null',
      'metrics/annual-review-2022-links-removed: id: id "annual-review-2022-links-removed" is used by 2 records in metrics',
      'metrics/annual-review-2022-dangling: indicator: no indicators record has id "nope"',
    ]);
  });

  it('reports records that are not plain data, and options that are not an object', () => {
    expect(
      problemsOf(() => createDataset({ indicators: [{ id: 'x', label: () => 'x' } as never] }))[0],
    ).toMatch(/^indicators\/x: : must hold plain data \(.*\): x\.label is a function$/);
    expect(() => createDataset({}, null as never)).toThrow('options: expected an object, got null');
    const dated = {
      ...structuredClone(bundledDataset.documents[0]!),
      id: 'dated',
      issued: new Date('2019-09-05'),
    };
    expect(problemsOf(() => createDataset({ documents: [dated] as never }))).toContainEqual(
      expect.stringMatching(
        /^documents\/dated: : must hold plain data .*: dated\.issued is a Date$/,
      ),
    );
  });

  it('reports a hole in a collection as a record, instead of skipping it', () => {
    const indicators = structuredClone(bundledDataset.indicators) as unknown[];
    delete indicators[1];
    expect(problemsOf(() => createDataset({ indicators: indicators as never }))).toEqual([
      'indicators/#1: : required field is missing (expected object)',
    ]);
  });

  it('runs the whole-dataset checks: references, and quotes against texts you give', () => {
    expect(
      problemsOf(() =>
        createDataset({
          ...bundledDataset,
          metrics: [{ ...userMetric, meeting: 'annual-review-2023', indicator: 'links' }],
        }),
      ),
    ).toEqual([
      'metrics/annual-review-2022-my-estimate: meeting: no meetings record has id "annual-review-2023"; did you mean "annual-review-2022" or "annual-review-2024" or "semiannual-review-2021-h1"?',
      'metrics/annual-review-2022-my-estimate: indicator: no indicators record has id "links"; did you mean "links-removed"?',
    ]);
    const texts = { 'qdnd-549232': 'a different text' };
    expect(
      problemsOf(() => createDataset({ ...bundledDataset, metrics: [userMetric] }, { texts })),
    ).toContain(
      'metrics/annual-review-2022-my-estimate: evidence.0: quote "more than 14,000 links" is not in the text of qdnd-549232',
    );
  });

  it('rejects input that is not records by collection', () => {
    expect(problemsOf(() => createDataset({ meeting: [] } as never))).toEqual([
      'undefined/undefined: meeting: unknown collection "meeting" (collections: sources, organizations, people, documents, meetings, metrics, indicators, conflicts, redirects)',
    ]);
    expect(problemsOf(() => createDataset({ metrics: {} } as never))).toEqual([
      'metrics/undefined: : metrics must be an array of records',
    ]);
    expect(() => createDataset(null as never)).toThrow(DatasetValidationError);
  });

  it('makes an empty dataset from nothing', () => {
    expect(summarizeDataset({ dataset: createDataset({}) }).counts.meetings).toBe(0);
  });
});
