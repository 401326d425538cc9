import { bundled } from '../src/bundled.js';
import { copies } from './lib/copies.js';
import { createDataset } from '../src/validate/validate-records.js';
import * as h from '../src/index.js';
const large = createDataset(copies(bundled, 100) as never);
const big = { dataset: large } as never;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const calls: [string, () => unknown][] = [
  ['timeline()', () => h.timeline(big)],
  ['filterMeetings()', () => h.filterMeetings(big)],
  ['filterMetrics({ place })', () => h.filterMetrics({ dataset: large, place: 'nghe-an-9' } as never)],
  ['aggregateMetrics', () => h.aggregateMetrics({ dataset: large, by: 'indicator' } as never)],
  ['meetingStats', () => h.meetingStats({ dataset: large, by: 'person' } as never)],
  ['coChairPairs()', () => h.coChairPairs(big)],
  ['recordsInPlace', () => h.recordsInPlace('nghe-an-9' as never, big)],
  ['searchPeople', () => h.searchPeople('Nguyen Tan Cuong', big)],
  ['searchOrganizations', () => h.searchOrganizations('Bộ Công an', big)],
  ['searchDocuments', () => h.searchDocuments('Nghị định 03', big)],
  ['inferredFacts()', () => h.inferredFacts(big)],
  ['citedOnlyFacts()', () => h.citedOnlyFacts(big)],
];
for (const [name, call] of calls) {
  let s = performance.now(); call(); const first = performance.now() - s;
  for (let i = 0; i < 3; i++) call();
  const v = []; for (let i = 0; i < 7; i++) { s = performance.now(); call(); v.push(performance.now() - s); }
  console.log(name.padEnd(26), first.toFixed(1).padStart(8), median(v).toFixed(2).padStart(8));
}
