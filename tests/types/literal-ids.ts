// Compile-time tests, checked by `tsc --noEmit` (tests/dist/types.test.ts in `npm test`): the bundled records' reference
// fields carry the literal id unions, so following a reference needs no cast and a misspelt id
// does not compile.
import {
  findRecord,
  getRecord,
  meetings,
  metrics,
  timeline,
  type Dataset,
  type Ids,
  type Meeting,
  type PersonId,
} from '../../src/index.js';
import { createDataset } from '../../src/schemas.js';

const meeting: Meeting = meetings[0]!;
const chair: PersonId | undefined = meeting.coChairs[0];
if (chair) getRecord('people', chair).name.toUpperCase();
for (const id of meeting.metrics) getRecord('metrics', id).quantity.asReported.toUpperCase();
for (const event of timeline())
  if (event.meeting) findRecord('meetings', event.meeting)?.title.toUpperCase();

// @ts-expect-error: a misspelt indicator id is a compile error
metrics.filter((metric) => metric.indicator === 'links-remvd');
// @ts-expect-error: a misspelt person id is a compile error
getRecord('people', 'nguyen-tan-cuonq');

// A dataset of your own takes any string id; the bundled one is a dataset of any ids too.
const mine: Dataset<Ids> = createDataset({ people: [] });
getRecord('people', 'anyone-at-all', { dataset: mine });
const anyDataset: Dataset<Ids> = mine;
const bundledAsAny: Dataset<Ids> = ((dataset: Dataset) => dataset)({} as Dataset);
void anyDataset;
void bundledAsAny;
