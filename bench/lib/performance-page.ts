import type { Machine } from './report.js';
import { markdownTable, targetSummary } from './report.js';
import type { BenchResult } from './result.js';

export interface BenchRun {
  readonly date: string;
  readonly machine: Machine;
  readonly scales: readonly number[];
  readonly results: readonly BenchResult[];
}

/** docs/performance.md: how the package is measured, and the figures of the last run. */
export function performancePage(run: BenchRun): string {
  const { machine } = run;
  return `---
title: Performance
category: Guides
---

# Performance

This page is written by \`npm run bench\` (the code is in \`bench/\`); it shows the figures of the
last run. Every figure is compared with a baseline measured in the same run, on the same machine,
so that the ratios, more than the times, carry over to other machines. They still vary from run
to run on a shared or virtual machine (by tens of percent between the runs made while writing
this page), so a ratio near its target is borderline either way.

- **Helpers** run on synthetic datasets of ${run.scales.map((scale) => `${scale}x`).join(', ')} today's
  size: the bundled records copied with new ids, moved by whole years over three decades, with
  meeting dates at every precision and quantities of every qualifier (the generator is
  \`bench/lib/synthetic-dataset.ts\`; a test checks that what it makes passes \`createDataset\`).
  Each helper is timed against a hand-written baseline that does the same work the simplest fast
  way: a \`Map.get\`, one sort, one pass. Both run in alternating batches and the medians are
  compared; work that runs once per dataset (\`createDataset\`, a first \`timeline\` call) is
  timed call by call, each on a freshly collected heap. Targets: lookups within 2×, timelines and
  aggregations within 1.5× (and their time growing no faster than *n* log *n* from 100x to
  1,000x, or than the baseline's time if the machine slowed that down more), \`createDataset\`
  within 2× of parsing every record with its zod schema and keeping the results.
- **Start-up** is timed in fresh Node processes: \`await import()\` of each entry point against
  reading and \`JSON.parse\`-ing the same records, both in-process and for the whole process.
- **Size** is the minified and gzipped output of esbuild for each entry point and for one helper
  imported alone, against the records as minified JSON.
- **Type-checking** is \`tsc --extendedDiagnostics\` on a consumer that makes ten API calls, against
  the same consumer with the package replaced by an \`any\`-typed stub, and once more with the
  package's literal id unions grown to 1,000x today's ids.

Two kinds of miss are structural rather than slow code. The root entry point and \`./schemas\`
export zod schemas, so importing them loads zod: the start-up table has a row for importing zod
alone, which is most of their cost; \`./data\` and single helpers bundled on their own load no zod.
And the in-process start-up baseline times only reading and parsing JSON, while an \`import()\`
also resolves, loads and links modules; the whole-process figures put both on an equal footing.

Run on ${run.date} with Node ${machine.node} on ${machine.platform}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB.
**${targetSummary(run.results)}.**

${markdownTable(run.results)}
`;
}
