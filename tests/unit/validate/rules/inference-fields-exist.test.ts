import { expect, it } from 'vitest';
import { createDataset } from '../../../../src/validate/validate-records.js';
import { fixtureInput } from '../../../support/fixture.js';
import { type Input, type Mutable, ruleCases } from '../../../support/problems-after.js';

ruleCases('inference-fields-exist', [
  [
    (input) => void input.meetings?.[0]?.inferences?.push({ field: 'venue', note: 'x' }),
    'meetings/review-2020-h1: inferences[1].field: the record has no field "venue"',
  ],
]);

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
