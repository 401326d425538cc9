import { Session } from 'node:inspector/promises';
import { bundled } from '../src/bundled.js';
import { copies } from './lib/copies.js';
import { createDataset } from '../src/validate/validate-records.js';
import * as h from '../src/index.js';
const large = createDataset(copies(bundled, 100) as never);
const which = process.argv[2]!;
const call = {
  agg: () => h.aggregateMetrics({ dataset: large, by: 'indicator' } as never),
  stats: () => h.meetingStats({ dataset: large, by: 'person' } as never),
  pairs: () => h.coChairPairs({ dataset: large } as never),
  place: () => h.recordsInPlace('nghe-an-9' as never, { dataset: large } as never),
  cited: () => h.citedOnlyFacts({ dataset: large } as never),
  inferred: () => h.inferredFacts({ dataset: large } as never),
  orgs: () => h.searchOrganizations('Bộ Công an', { dataset: large } as never),
}[which]!;
for (let i = 0; i < 5; i++) call();
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
for (let i = 0; i < 20; i++) call();
const { profile } = await session.post('Profiler.stop');
const self = new Map<string, number>(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples!.forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas![i] ?? 0)); });
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((v / 20000).toFixed(2), k);
